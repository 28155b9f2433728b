"""Write demo/fresh3/docs.jsonl and demo/fresh3/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh3/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public
incidents (2015-2025; background back to 2008) in Africa (Niger, Nigeria, Somalia, Ethiopia/Eritrea) and the
Middle East (Syria, Israel-Lebanon, Yemen/Red Sea, Saudi Arabia), in our own words, written as of their
`published` date, from facts in public reporting, simplified where unsure. Outlets are fictional with
`.example` URLs; quotations are paraphrases. Not a factual reference. The set stresses action-reaction
chains (`responds_to`, within and across reports) and cross-outlet duplicates (`same_as`). Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is asserted
with `datetime`, and `check()` validates taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import AIR, ARRESTS, ATTACK, BATTLES, CHEM, CLASH, DISRUPTED, IED, MISSILE, MOB, OVERTAKE, REGAINS, REMOTE, RIOTS, STRAT, SUICIDE, VAC  # noqa: E402  (taxonomy names)
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


# ---- actors -------------------------------------------------------------------------------------
SYR = actor("Military Forces of Syria", "Military Forces of Syria (2000-2024)", "Syrian government",
            "Syrian army", "Syrian military", "Syrian air force", "Syrian regime", "regime", "Assad's forces",
            "government forces", "government warplanes", "Damascus", "Syria", code="SYR")
USA = actor("Military Forces of the United States", "Military Forces of the United States (2009-2017)",
            "Military Forces of the United States (2017-2021)", "United States", "US", "U.S.", "US military",
            "U.S. military", "US Navy", "U.S. Navy", "Pentagon", "Washington", "American forces",
            "USS Porter", "USS Ross", "USS Nitze", "USS Mason", code="USA")
ISR = actor("Military Forces of Israel", "Military Forces of Israel (2009-2021)", "Israel", "Israeli army",
            "Israeli military", "Israel Defense Forces", "IDF", "Israeli forces", "Israeli troops",
            "Israeli helicopter", "Israeli aircraft", "Israeli artillery", "Israeli soldiers", code="ISR")
HEZ = actor("Hezbollah", "Hizbollah", "Hizballah", "Hezbollah fighters", "Lebanese Hezbollah",
            "Islamic Resistance", "Party of God", "Quneitra martyrs group", "Shiite movement")
IRGC = actor("Islamic Revolutionary Guard Corps", "IRGC", "Revolutionary Guards", "Military Forces of Iran",
             "Iranian general", "Iran", code="IRN")
UNIFIL = actor("UNIFIL", "United Nations Interim Force in Lebanon", "UN peacekeepers", "peacekeepers",
               "United Nations", "UN", "Spanish peacekeeper")
HOUTHI = actor("Houthis", "Houthi", "Houthi rebels", "Houthi forces", "Houthi movement", "Ansar Allah",
               "Ansarallah", "Ansar Allah (Houthis)", "Military Forces of Yemen (2016-) Supreme Political Council",
               "Houthi-allied forces", "rebels", "Yemen's rebels", "Iran-aligned Houthis")
COALITION = actor("Saudi-led coalition", "Military Forces of Saudi Arabia", "Military Forces of Saudi Arabia (2015-)",
                  "coalition", "Arab coalition", "Saudi Arabia", "Saudi-led alliance", "coalition warplanes",
                  "Saudi-led military coalition", "Riyadh", code="SAU")
UAE = actor("Military Forces of the United Arab Emirates", "United Arab Emirates", "UAE", "Emirati forces",
            "Emirati navy", "Swift", "HSV-2 Swift", code="ARE")
ISGS = actor("Islamic State Sahel Province", "Islamic State in the Greater Sahara", "ISGS", "IS Sahel",
             "Islamic State (Greater Sahara)", "Islamic State", "IS", "jihadists", "militants", "gunmen",
             "armed men", "attackers", "suspected jihadists")
NER = actor("Military Forces of Niger", "Military Forces of Niger (2011-2023)", "Niger army", "Nigerien army",
            "Nigerien soldiers", "Nigerien troops", "Niger's armed forces", "soldiers", code="NER")
BH = actor("Boko Haram", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "JAS",
           "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram insurgents", "insurgents", "militants",
           "jihadists", "gunmen", "Islamic State West Africa Province", "ISWAP")
SHABAAB = actor("Al Shabaab", "al-Shabaab", "Al-Shabaab", "al Shabaab", "Shabaab",
                "Harakat al-Shabaab al-Mujahideen", "militants", "Islamist militants", "insurgents")
UGA = actor("Military Forces of Uganda", "Military Forces of Uganda (1986-)", "Uganda People's Defence Force",
            "UPDF", "Ugandan troops", "Ugandan soldiers", "Ugandan army", "ATMIS",
            "African Union Transition Mission in Somalia", "AU peacekeepers", "African Union troops",
            "AU Mission in Somalia (2022-)", code="UGA")
TPLF = actor("TPLF", "Tigray People's Liberation Front", "Tigrayan forces", "Tigray regional forces",
             "Tigray Special Forces", "Tigrayan regional government", "Tigray forces", "Mekelle")
ETH = actor("Military Forces of Ethiopia", "Military Forces of Ethiopia (2018-)", "Ethiopian National Defense Force",
            "ENDF", "Ethiopian army", "federal army", "federal forces", "federal troops", "Northern Command",
            "Ethiopian air force", "Ethiopia", "Addis Ababa", code="ETH")
ERI = actor("Military Forces of Eritrea", "Military Forces of Eritrea (1993-)", "Eritrea", "Eritrean forces",
            "Eritrean army", "Asmara", code="ERI")
UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "attackers", "assailants",
             "armed men", "militants")


def civ(code: str, *extra):
    country = {"SYR": "Syria", "YEM": "Yemen", "SAU": "Saudi Arabia", "NER": "Niger", "NGA": "Nigeria",
               "ETH": "Ethiopia", "LBN": "Lebanon", "ERI": "Eritrea"}[code]
    return actor(f"Civilians ({country})", "civilians", "Civilians", "residents", "people", "villagers",
                 *extra)


# ======================================================================================================
# 1. Khan Sheikhoun chemical attack (first report)
P1 = "2017-04-04"
KHAN = place(["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun", "Khan Shaykhoun", "Idlib", "Idlib province"],
             "SYR", 35.4417, 36.6497)
doc("syria-khan-sheikhoun-wire-2017-04-04", P1, "Orontes Wire",
    "Dozens killed in suspected gas attack on rebel-held Syrian town",
    "wire",
    """BEIRUT, April 4 (Orontes Wire) - At least 58 people, among them 11 children, were killed early on Tuesday when a suspected chemical attack hit the rebel-held town of Khan Sheikhoun in Syria's northwestern Idlib province, a Britain-based war monitor said.

The Syrian Observatory for Human Rights said the deaths were caused by a toxic gas released during air strikes by either Syrian government or Russian jets shortly after dawn. A health official in the opposition-run Idlib administration put the toll above 70 by the afternoon and said the number would rise, because many of the roughly 200 people treated for breathing problems were in a serious condition.

Medics and residents described victims foaming at the mouth, with pinpoint pupils and convulsions, symptoms they said were consistent with a nerve agent. Videos posted by activists showed rescue workers hosing down children lying on the floor of a clinic and the bodies of several young men laid out in the back of a pick-up truck.

Hours later, an air strike hit one of the medical points where the injured were being treated, activists and the civil defence service said, bringing down part of the building on staff and patients. They gave no separate toll for that strike.

The Syrian army "categorically" denied using any chemical or toxic substances, saying it had never used them "anywhere, at any time". Russia's defence ministry said its aircraft had carried out no strikes near Khan Sheikhoun.

The opposition's negotiating body said the attack cast doubt on the whole peace process in Geneva, and France called for an emergency meeting of the UN Security Council. In Washington, the White House called the attack reprehensible and blamed the government of President Bashar al-Assad, but gave no sign of what, if anything, the United States would do in response.

Khan Sheikhoun lies on the main highway between Damascus and Aleppo, about 50 km (30 miles) south of the city of Idlib, and has been held by rebel groups since 2014. Turkey said it would treat some of the wounded in its hospitals across the border.
""",
    [
        ev("e1", REMOTE, [CHEM, AIR], either(SYR, actor("Military Forces of Russia", "Russian jets", "Russia")),
           civ("SYR"), wd(P1, "Tuesday"), None, KHAN, (58, 70),
           note="gas attack early Tuesday: monitor 58 (incl. 11 children), health official above 70; denied by "
                "the army. A chemical weapon dropped from the air: Chemical weapon or Air/drone strike"),
        ev("e2", REMOTE, AIR, SYR, civ("SYR", "medics", "patients"), P1, None, KHAN, None, optional=True,
           note="strike on a medical point treating the victims hours later, no toll; a coder could fold it into e1"),
    ])

# 2. US strikes on Shayrat (cross-report link to Khan Sheikhoun)
P2 = "2017-04-07"
doc("syria-shayrat-strike-wire-2017-04-07", P2, "Capitol and Levant Report",
    "US fires 59 cruise missiles at Syrian air base after gas attack",
    "wire",
    """WASHINGTON/BEIRUT, April 7 (Capitol and Levant Report) - The United States fired 59 Tomahawk cruise missiles at a Syrian government air base before dawn on Friday in response to a chemical weapons attack that killed scores of civilians earlier this week, the first direct US strike on President Bashar al-Assad's forces in six years of war.

Two Navy destroyers in the eastern Mediterranean, the USS Porter and the USS Ross, launched the missiles at about 4:40 a.m. Syrian time at Shayrat airfield, southeast of the city of Homs. The Pentagon said the base was where the aircraft that carried out Tuesday's attack had taken off, and that the strike targeted aircraft, hardened shelters, fuel and ammunition depots, air defence systems and radars.

President Donald Trump, announcing the action from his Florida resort, said preventing and deterring the use of chemical weapons was a vital national security interest of the United States, and accused Assad of killing helpless men, women and children with a deadly nerve agent.

The attack on Khan Sheikhoun in Idlib province on Tuesday morning killed at least 86 people, about 30 of them children, according to health officials in the rebel-held province. The Syrian government and its ally Russia deny using chemical weapons; Moscow says a Syrian air strike hit a rebel warehouse holding toxic material.

The Syrian military said six people were killed at Shayrat and that the base suffered heavy damage, calling the strike a "blatant aggression". The state news agency SANA later reported that nine civilians, four of them children, were killed in villages around the air base. A Syrian official told reporters the runway was largely intact.

US officials said Russian forces, who have used the base, had been warned in advance through a military hotline and that no Russian personnel were hit. Moscow condemned the strike as an act of aggression against a sovereign state on "a made-up pretext", and said it was suspending the hotline arrangement meant to prevent incidents between the two air forces over Syria.

Britain, Israel, Saudi Arabia and Turkey welcomed the US action. Iran condemned it. Some Democrats in Congress said Trump had acted without authorisation from lawmakers.

The Pentagon said it was still assessing the damage and had no information on casualties. Officials said the strike was a "one-off" for now, although the administration has not ruled out further action.
""",
    [
        ev("e1", REMOTE, MISSILE, USA, SYR, wd(P2, "Friday"), None,
           place(["Shayrat", "Shayrat airfield", "Shayrat air base", "Al Shayrat", "Homs", "Homs province"],
                 "SYR", 34.4903, 36.9089),
           (6, 15), responds_to=["syria-khan-sheikhoun-wire-2017-04-04/e1"],
           note="59 Tomahawks 'in response to' Tuesday's gas attack; army: six dead; SANA: nine civilians in nearby "
                "villages (whether part of the six or additional is unclear, so 6 to 15)"),
        ev("e2", REMOTE, [CHEM, AIR], SYR, civ("SYR"), wd("2017-04-04", "Tuesday"), None, KHAN, (86, 86),
           same_as="syria-khan-sheikhoun-wire-2017-04-04/e1",
           note="Khan Sheikhoun recalled with the later toll of 86"),
    ])

# 3. Quneitra helicopter strike (garbled copy)
P3 = "2015-01-19"
QUNEITRA = place(["Mazraat Amal", "Quneitra", "Quneitra province", "Syrian Golan", "Golan Heights", "Golan"],
                 "SYR", 33.1256, 35.8244)
doc("syria-quneitra-hezbollah-garbled-2015-01-19", P3, "NewsPulse24",
    "Israel helicopter strike Golan kill Hezbollah commander son and Iranian general",
    "garbled machine-rewritten web copy",
    """Israel helicopter strike Golan kill Hezbollah commander son and Iranian general

An Israeli helicopter was carried out an air strike on a convoy of Hezbollah fighters on the Syrian side of the Golan Heights on Sunday, killing six members of the Lebanese Shiite movement including the son of its late military chief Imad Mughniyeh, the group was said.

The strike hit two vehicles at Mazraat Amal near the town of Quneitra at Sunday afternoon, according to sources near to the group, who said the men was on a field reconnaissance mission. Among the killed is Jihad Mughniyeh, and a commander known as Mohammed Issa who was in charge of the group file in Syria and Iraq, Hezbollah stated in its announcement that named all six "martyrs".

On Monday the Iranian Revolutionary Guards have confirmed that one of its generals, Mohammad Ali Allahdadi, was also been killed in the raid of the "Zionist regime helicopters" while he was advising the Syrian government against terrorist groups, which makes seven dead in the total.

Israel army did not comment about the strike, an official was only say that the helicopter attacked "terrorists" who was planning attacks on the Israeli border. Israeli military raise the alert level in the north and deploy the Iron Dome battery near to the border to be ready for any respond.

Jihad father Imad Mughniyeh was assassinated by a car bomb in Damascus in 2008, killing that Hezbollah blamed on Israel. Hezbollah chief Hassan Nasrallah have warned only few days ago the group can strike anywhere in Israel.

Funeral of Jihad Mughniyeh in Beirut southern suburbs was drawing thousands of the mourners on Monday, who chanted "death to Israel" and vowed revenge.

Source link

Share this:
""",
    [
        ev("e1", REMOTE, AIR, ISR, either(HEZ, IRGC), wd("2015-01-18", "Sunday"), None, QUNEITRA, (7, 7),
           note="Sunday's helicopter strike: six Hezbollah members + an IRGC general = 7. Mazraat Amal has no "
                "coordinates of its own here; Quneitra's are within about 10 km"),
        ev("e2", REMOTE, IED, either(ISR, UNID), actor("Imad Mughniyeh", "Hezbollah", "Hezbollah commander"),
           "2008-01-01", "2008-12-31", place(["Damascus"], "SYR", 33.5138, 36.2765), None, optional=True,
           note="2008 car bomb recalled with a year only, outside 2014-2025 and blamed rather than attributed"),
    ])

# 4. Shebaa Farms ambush (cross-report link to Quneitra)
P4 = "2015-01-28"
doc("israel-shebaa-ambush-2015-01-28", P4, "Galilee Evening Wire",
    "Two Israeli soldiers killed in Hezbollah missile attack; peacekeeper dies as Israel shells Lebanon",
    "wire",
    """JERUSALEM/BEIRUT, Jan 28 (Galilee Evening Wire) - Two Israeli soldiers were killed and seven wounded on Wednesday when Hezbollah fired anti-tank missiles at a military convoy in the disputed Shebaa Farms area near the Lebanese border, and Israel hit back with artillery fire on southern Lebanon in which a Spanish UN peacekeeper was killed.

The Shiite group said a unit it named after the "Quneitra martyrs" had destroyed several Israeli vehicles carrying officers and soldiers, calling the attack a response to the killing of its fighters on the Syrian side of the Golan ten days ago. An Israeli helicopter strike there on Jan. 18 killed six Hezbollah members, including the son of the group's slain commander Imad Mughniyeh, and an Iranian Revolutionary Guards general.

The missiles struck the vehicles at around 11:30 a.m. on a road near Mount Dov, which Israel calls Har Dov, the army said. Video broadcast on Israeli television showed burning vehicles on a hillside. An army spokesman said one of the dead was a captain.

In response, Israeli artillery and aircraft pounded areas around the villages of Kfar Shouba and Majidiyeh across the border, sending families fleeing. The UN peacekeeping force UNIFIL said one of its Spanish soldiers was killed at a UN position near the border during the exchange; Madrid said he was a 36-year-old corporal and asked for an investigation into who fired the shell.

Prime Minister Benjamin Netanyahu warned that those behind the attack would pay a heavy price and pointed to the 2006 war with Hezbollah as an example. Lebanese officials urged restraint. By evening the border was quiet, and a senior Israeli officer said Hezbollah had signalled through UNIFIL that it did not seek further escalation.

The flare-up began a day earlier. On Tuesday, two rockets fired from Syria landed in the Israeli-controlled Golan Heights near Mount Hermon without causing injuries, and Israeli aircraft struck Syrian army artillery positions overnight in retaliation, the army said. It was not clear who fired the rockets.
""",
    [
        ev("e1", REMOTE, MISSILE, HEZ, ISR, wd(P4, "Wednesday"), None,
           place(["Shebaa Farms", "Shebaa farms", "Har Dov", "Mount Dov", "Jabal Rous", "Golan Heights"],
                 "ISR", 33.2800, 35.7300),
           (2, 2), responds_to=["syria-quneitra-hezbollah-garbled-2015-01-19/e1"],
           note="ATGMs on the convoy, 2 killed 7 wounded; 'a response to the killing ... ten days ago'. Coded ISR "
                "(Israeli-held area, like Majdal Shams in dev); a coder could say LBN"),
        ev("e2", REMOTE, [MISSILE, AIR], ISR, either(HEZ, UNIFIL, civ("LBN")), P4, None,
           place(["Kfar Shouba", "Kfarshouba", "Kfar Chouba", "Majidiyeh", "Majidiye", "southern Lebanon",
                  "Hasbaya", "Nabatieh"], "LBN", 33.3270, 35.7000),
           (1, 1), responds_to=["e1"],
           note="'In response' artillery and aircraft on the villages; a Spanish peacekeeper killed"),
        ev("e3", REMOTE, [AIR, MISSILE], ISR, either(HEZ, IRGC), "2015-01-18", None, QUNEITRA, (7, 7),
           same_as="syria-quneitra-hezbollah-garbled-2015-01-19/e1",
           note="the Quneitra strike recalled ('on Jan. 18', 'ten days ago')"),
        ev("e4", REMOTE, MISSILE, UNID, ISR, wd("2015-01-27", "Tuesday"), None,
           place(["Golan Heights", "Mount Hermon", "Hermon", "Israeli-controlled Golan", "Golan"], "ISR"),
           (0, 0), note="two rockets from Syria, no injuries; firer unknown"),
        ev("e5", REMOTE, AIR, ISR, SYR, "2015-01-27", "2015-01-28",
           place(["Syrian Golan", "Quneitra province", "Quneitra", "Golan Heights", "Syria"], "SYR"),
           None, responds_to=["e4"],
           note="overnight strikes on Syrian army artillery 'in retaliation' for the rockets; place only as the "
                "area from which they were fired"),
    ])

# 5. USS Mason attack (first report) and the Sanaa funeral hall strike
P5 = "2016-10-10"
RED_SEA = place(["Red Sea", "Bab el-Mandeb", "Bab al-Mandab", "off Yemen", "Yemeni coast", "Yemen"], "YEM")
MOCHA = place(["Mocha", "Mokha", "al-Mukha", "Taiz province", "Yemen"], "YEM", 13.3200, 43.2500)
doc("yemen-uss-mason-wire-2016-10-10", P5, "Gulf Coast Bulletin",
    "Missiles fired at US warship off Yemen a day after deadly strike on Sanaa funeral",
    "wire",
    """DUBAI/WASHINGTON, Oct 10 (Gulf Coast Bulletin) - Two missiles were fired from Houthi-controlled territory in Yemen at a US Navy destroyer in the Red Sea on Sunday, but both fell into the water before reaching the ship, the Pentagon said on Monday.

The USS Mason was sailing in international waters north of the Bab el-Mandeb strait when the first missile was detected at about 7 p.m. local time, followed by a second about an hour later, a Pentagon spokesman said. No sailors were hurt and the ship was not damaged. It was not clear whether the destroyer's defences had been used.

The spokesman said the missiles had been launched from territory held by the Houthis and that Washington would respond when and how it judged appropriate. A Houthi military spokesman denied the group had targeted any ship.

The launches came a day after warplanes of the Saudi-led coalition struck a packed funeral hall in the capital Sanaa on Saturday afternoon, in one of the deadliest single attacks of the 18-month war. The United Nations said more than 140 people were killed and over 525 wounded at the ceremony, held for the father of the Houthi-appointed interior minister. The coalition, which first denied carrying out any strike in the area, later said it would investigate with US experts.

The White House said it had begun an "immediate review" of its already reduced support for the coalition following the funeral strike, and that US security cooperation with Riyadh was not unconditional.

The incident also followed an attack on Oct. 1 on the Swift, a high-speed logistics ship operated by the United Arab Emirates, which was badly damaged by a missile off the port of Mocha. The Houthis said they had destroyed an enemy warship; the coalition said it was a civilian vessel carrying aid and wounded people.

Tens of thousands of people marched through Sanaa on Sunday to denounce the funeral strike, chanting against Saudi Arabia and the United States.
""",
    [
        ev("e1", REMOTE, MISSILE, HOUTHI, USA, wd("2016-10-09", "Sunday"), None, RED_SEA, (0, 0),
           note="two missiles at the USS Mason on Sunday, both fell short; no one hurt (Houthis deny)"),
        ev("e2", REMOTE, AIR, COALITION, civ("YEM", "mourners", "funeral"), wd("2016-10-08", "Saturday"), None,
           place(["Sanaa", "Sana'a", "Sanaa funeral hall", "al-Kubra hall", "Great Hall", "Amanat al Asimah"],
                 "YEM", 15.3547, 44.2067),
           (140, 140), note="funeral hall strike, more than 140 dead, 525 wounded (UN)"),
        ev("e3", REMOTE, MISSILE, HOUTHI, UAE, wd("2016-10-01", "Saturday"), None, MOCHA, None,
           note="missile on the Swift off Mocha, no toll given (sea near a named port: Mocha's coordinates)"),
    ])

# 6. US strikes on radar sites (press release paraphrase; cross-report links to the Mason attack)
P6 = "2016-10-13"
doc("us-yemen-radar-strikes-statement-2016-10-13", P6, "Defense Press Digest",
    "Statement on US strikes on radar sites in Houthi-controlled Yemen (paraphrase)",
    "military press release (paraphrase)",
    """Statement by the Pentagon press secretary on limited self-defence strikes in Yemen (paraphrased)

October 13, 2016

Early this morning local time, the US military struck three coastal radar sites in Houthi-controlled territory on Yemen's Red Sea coast. The strikes were carried out with Tomahawk cruise missiles launched from the destroyer USS Nitze, on the authorisation of President Obama and on the recommendation of the Secretary of Defense and the Chairman of the Joint Chiefs of Staff.

The strikes were taken in response to missile launches on October 9 and October 12 against the USS Mason and other US Navy ships operating in international waters in the Red Sea and the Bab el-Mandeb. Initial assessments show that the three sites were destroyed. The radars were active during previous attacks and attempted attacks on ships in the area.

The sites hit were located near Ras Isa, north of Mocha, and near Khokha. They were in remote areas, where the risk of civilian casualties and collateral damage was low.

On Wednesday evening, the USS Mason again detected what it assessed to be incoming missiles fired from the Yemeni coast and took countermeasures. The ship was not hit, and no sailors were injured. On Sunday, two missiles fired from Houthi-held territory fell into the sea short of the ship.

These limited self-defence strikes were conducted to protect our personnel, our ships and our freedom of navigation in this important maritime passageway. The United States will respond to any further threat to our ships and commercial traffic, as appropriate, and will continue to meet threats to our forces wherever they arise.

The United States is not seeking a wider role in the conflict in Yemen, and these strikes should not be read as such. We continue to call on all parties to the conflict to return to the cessation of hostilities and to work towards a negotiated political settlement.
""",
    [
        ev("e1", REMOTE, MISSILE, USA, HOUTHI, wd(P6, "Thursday"), None,
           place(["Ras Isa", "Ras Issa", "Ras Isa port", "Hodeidah province", "Hudaydah", "Yemen"], "YEM",
                 15.1300, 42.6300),
           None, responds_to=["yemen-uss-mason-wire-2016-10-10/e1", "e4"],
           note="radar site near Ras Isa; 'in response to missile launches on October 9 and October 12'"),
        ev("e2", REMOTE, MISSILE, USA, HOUTHI, P6, None, MOCHA, None,
           responds_to=["yemen-uss-mason-wire-2016-10-10/e1", "e4"], note="radar site north of Mocha"),
        ev("e3", REMOTE, MISSILE, USA, HOUTHI, P6, None,
           place(["Khokha", "al-Khawkhah", "Khawkhah", "al-Khokha", "Hodeidah province", "Yemen"], "YEM",
                 13.8100, 43.2500),
           None, responds_to=["yemen-uss-mason-wire-2016-10-10/e1", "e4"], note="radar site near Khokha"),
        ev("e4", REMOTE, MISSILE, HOUTHI, USA, wd("2016-10-12", "Wednesday"), None, RED_SEA, (0, 0),
           note="Wednesday evening's incoming missiles, ship not hit, no injuries"),
        ev("e5", REMOTE, MISSILE, HOUTHI, USA, "2016-10-09", None, RED_SEA, (0, 0),
           same_as="yemen-uss-mason-wire-2016-10-10/e1", note="Sunday's launches recalled"),
    ])

# 7. Dahyan bus strike (first report) and the Jizan missile it answered
P7 = "2018-08-09"
DAHYAN = place(["Dahyan", "Dhahyan", "Dahyan market", "Saada", "Saada province", "Sa'dah", "Majz district"],
               "YEM")
JIZAN = place(["Jizan", "Jazan", "Jizan province", "Jazan province", "Saudi Arabia"], "SAU", 16.8892, 42.5511)
doc("yemen-dahyan-bus-wire-2018-08-09", P7, "Arabian Peninsula Wire",
    "Coalition air strike hits school bus in Yemen market, dozens of children killed",
    "wire",
    """SANAA, Aug 9 (Arabian Peninsula Wire) - An air strike by the Saudi-led coalition hit a bus carrying schoolchildren through a busy market in northern Yemen on Thursday, killing dozens of people, most of them boys under 15, according to the International Committee of the Red Cross and Houthi health officials.

The bus was driving through the market of Dahyan in Saada province, the Houthi movement's heartland near the Saudi border, when it was struck in the morning, witnesses said. The children were returning from a picnic organised by a local religious school, a local official said.

A hospital supported by the ICRC in Saada received the bodies of 29 children, all aged under 15, and 48 wounded people, 30 of them children, the aid group said on Twitter. The health ministry in the Houthi-run administration in Sanaa gave a higher toll, saying 43 people were killed and 61 wounded in the strike.

Images broadcast by the Houthis' al-Masirah television showed bloodied children's backpacks and the blackened wreck of the bus. The head of the ICRC delegation in Yemen said nothing could excuse such an attack.

The coalition said the raid was a "legitimate military action" conforming to international law. Its spokesman, Colonel Turki al-Maliki, said it had targeted the militants who planned and carried out a missile attack on the Saudi city of Jizan on Wednesday night, and accused the Houthis of using children as human shields.

Saudi air defences intercepted that ballistic missile over Jizan, but falling debris killed one Yemeni resident and wounded 11 other people, the coalition said on Thursday. The Houthis said they had fired the missile at a military target.

UN Secretary-General Antonio Guterres condemned the Dahyan strike and called for an independent and prompt investigation. Several members of the Security Council said they would ask for a meeting on Yemen. The coalition has come under growing criticism over civilian casualties in a war that has killed more than 10,000 people since 2015.
""",
    [
        ev("e1", REMOTE, AIR, COALITION, civ("YEM", "schoolchildren", "children", "bus"), wd(P7, "Thursday"), None,
           DAHYAN, (29, 43), responds_to=["e2"],
           note="bus strike: ICRC 29 children (+48 wounded), Houthi ministry 43 (+61). Coalition: targeted those "
                "behind the Jizan missile. Dahyan not placed with confidence: names only"),
        ev("e2", [REMOTE, STRAT], [MISSILE, DISRUPTED], HOUTHI, civ("SAU"), wd("2018-08-08", "Wednesday"), None,
           JIZAN, (1, 1), note="Wednesday night's missile on Jizan, intercepted, debris killed 1 and wounded 11"),
    ])

# 8. Dahyan garbled second report (toll 51; cross-report link to the Jizan missile)
P8 = "2018-08-12"
doc("yemen-dahyan-garbled-2018-08-12", P8, "Daily World Update Online",
    "Yemen school bus raid toll rise to 51, 40 of them kids: health ministry",
    "garbled machine-rewritten web copy",
    """Yemen school bus raid toll rise to 51, 40 of them kids: health ministry

Sanaa - The death toll of the air raid which was struck a bus full with school children in Saada province at Thursday has rose to 51 persons, 40 of them are children, the health ministry of Houthi rebels was announced, while the injured numbers reached 79 including 56 children.

Previous, the International Red Cross was said its hospital received 29 dead bodies of kids under fifteen year old, and the Houthi officials had gave the toll of 43 dead at same day of the attack on the Dahyan market.

The military coalition which led by Saudi Arabia was insisted the bombardment is legitimate and was a respond to the ballistic rocket that the Houthi was shot upon the Jizan city at Wednesday, which one resident of Yemen nationality died by the falling fragments after the air defense intercept it. Coalition said the bus was carrying "fighters" and not the innocent children, that the rebels use them like human shield.

The UN Security Council was holding closed meeting on Friday and the members are calling for credible and transparent investigation on the raid, however the council did not agree a demand for independent probe. The coalition later was said it will refer the incident to its own investigation team, Joint Incidents Assessment Team, which rights groups says it is not independent.

Families in Dahyan are preparing the mass funeral for the childrens, witnesses told, the small graves being dig in the town cemetery.

Related Posts

Share this:
Leave a Comment
""",
    [
        ev("e1", REMOTE, AIR, COALITION, civ("YEM", "schoolchildren", "children", "bus"), "2018-08-09", None,
           DAHYAN, (29, 51), responds_to=["yemen-dahyan-bus-wire-2018-08-09/e2"],
           same_as="yemen-dahyan-bus-wire-2018-08-09/e1",
           note="toll 51 (Houthi ministry), earlier 29 (ICRC) and 43; 'a respond to' the Jizan rocket"),
        ev("e2", [REMOTE, STRAT], [MISSILE, DISRUPTED], HOUTHI, civ("SAU"), wd("2018-08-08", "Wednesday"), None,
           JIZAN, (1, 1), same_as="yemen-dahyan-bus-wire-2018-08-09/e2", note="the Jizan rocket recalled"),
    ])

# 9. Tillaberi villages (first report, wire brief)
P9 = "2021-01-03"
TCHOMA = place(["Tchoma Bangou", "Tchombangou", "Tchoma Bangou village", "Tondikiwindi", "Ouallam",
                "Tillaberi", "Tillaberi region", "Tillabéri"], "NER")
ZAROUM = place(["Zaroumdareye", "Zaroumadareye", "Zaroum Darey", "Tondikiwindi", "Ouallam", "Tillaberi",
                "Tillaberi region", "Tillabéri"], "NER")
doc("niger-tillaberi-villages-brief-2021-01-03", P9, "Sahel Morning Wire",
    "Gunmen kill at least 70 in two villages in western Niger",
    "wire brief",
    """NIAMEY, Jan 3 (Sahel Morning Wire) - Gunmen on motorcycles attacked two villages in western Niger on Saturday, killing at least 70 people, a local official said on Sunday.

The attackers, in two columns, struck Tchoma Bangou and Zaroumdareye, neighbouring villages in the Tondikiwindi commune of Tillaberi region, close to the border with Mali, the official told reporters by telephone. Several wounded were taken to hospitals in Ouallam and Niamey, a security source said.

There was no immediate claim. The area, near the meeting point of the Niger, Mali and Burkina Faso borders, is where Islamic State's Sahel branch and al Qaeda-linked fighters operate.

The attack came on the day the electoral commission announced provisional results of the December 27 presidential election, sending former interior minister Mohamed Bazoum into a February run-off.
""",
    [
        ev("e1", VAC, ATTACK, either(UNID, ISGS), civ("NER"), wd("2021-01-02", "Saturday"), None, TCHOMA, None,
           note="Tchoma Bangou; the 70 covers both villages, so no per-village figure"),
        ev("e2", VAC, ATTACK, either(UNID, ISGS), civ("NER"), "2021-01-02", None, ZAROUM, None,
           note="Zaroumdareye"),
        ev("e3", VAC, ATTACK, either(UNID, ISGS), civ("NER"), "2021-01-02", None,
           place(["Tondikiwindi", "Tillaberi", "Tillaberi region", "western Niger", "Niger"], "NER"), (70, 70),
           optional=True, note="aggregate over the two villages: at least 70"),
    ])

# 10. Tillaberi analysis (second report: 100 to 105; background Inates, Chinagodrar, Tongo Tongo, Koure)
P10 = "2021-01-05"
doc("niger-tillaberi-analysis-2021-01-05", P10, "The Savanna Review",
    "After the Tillaberi massacre, Niger's new leader will inherit a war without a front line",
    "long-form analysis",
    """The killing of at least 100 villagers in two hamlets of western Niger at the weekend was the worst massacre of civilians the country has known, and it came, pointedly, on the day Nigeriens learned who would contest the run-off to succeed President Mahamadou Issoufou.

Prime Minister Brigi Rafini, who travelled to the area on Sunday, gave the figure of 100 dead after visiting Tchoma Bangou and Zaroumdareye, about 120 km north of Niamey. Local officials later said about 70 of the dead were from Tchoma Bangou and about 30 from Zaroumdareye, and on Monday a regional official put the total at 105. Early accounts on Saturday night had spoken of some 70 dead. The government declared three days of national mourning.

Survivors said the gunmen arrived on about a hundred motorcycles on Saturday morning, while many people were in the fields. Several residents and a local official said the raid appeared to be a reprisal: in the days before, villagers had killed two of the group's fighters, they said. No group has claimed the attack, but the area is the heartland of the Islamic State's Sahel affiliate, which has made a practice of punishing communities that form self-defence groups.

The army has also bled in Tillaberi. On December 10, 2019, fighters overran the military camp at Inates, near the Malian border, killing 71 soldiers in an attack claimed by Islamic State. A month later, on January 9, 2020, a similar assault on the Chinagodrar base killed 89 soldiers. Both were among the deadliest blows suffered by any Sahelian army, and both prompted the French-led summit at Pau at which Paris promised more troops.

Foreigners have not been spared either. On October 4, 2017, four American soldiers and four of their Nigerien comrades were killed in an ambush near the village of Tongo Tongo. In August last year, on the 9th, gunmen shot dead six French aid workers, their Nigerien guide and their driver in the Koure giraffe reserve, barely an hour's drive from the capital; Islamic State later claimed the killings.

What has changed is the choice of target. Analysts who track the conflict say the jihadists have increasingly turned on villages suspected of siding with the state or with rival ethnic militias, and that every lethal reprisal by a self-defence group now risks an answer many times larger. The state, stretched across three fronts including Boko Haram in the southeast, has little presence in places like Tondikiwindi.

Mohamed Bazoum, the ruling party's candidate, and former president Mahamane Ousmane will meet in the run-off on February 21. Whoever wins will inherit a war that has no front line, only a map of villages that can no longer be protected. The authorities have promised reinforcements for Tillaberi and an inquiry; residents interviewed by phone said several families had already left for Ouallam.
""",
    [
        ev("e1", VAC, ATTACK, either(ISGS, UNID), civ("NER"), wd("2021-01-02", "Saturday"), None, TCHOMA, (70, 70),
           responds_to=["e7"], same_as="niger-tillaberi-villages-brief-2021-01-03/e1",
           note="about 70 of the dead in Tchoma Bangou; 'appeared to be a reprisal' for the killing of two fighters"),
        ev("e2", VAC, ATTACK, either(ISGS, UNID), civ("NER"), "2021-01-02", None, ZAROUM, (30, 30),
           responds_to=["e7"], same_as="niger-tillaberi-villages-brief-2021-01-03/e2",
           note="about 30 in Zaroumdareye"),
        ev("e3", VAC, ATTACK, either(ISGS, UNID), civ("NER"), "2021-01-02", None,
           place(["Tondikiwindi", "Tillaberi", "Tillaberi region", "western Niger", "Niger"], "NER"), (70, 105),
           optional=True, note="aggregate: early 70, PM 100, regional official 105"),
        ev("e4", BATTLES, [CLASH, OVERTAKE], ISGS, NER, wd("2019-12-10", "Tuesday"), None,
           place(["Inates", "Inates military camp", "Tillaberi", "Tillaberi region"], "NER"), (71, 71),
           note="Inates camp overrun, 71 soldiers (IS claimed)"),
        ev("e5", BATTLES, [CLASH, OVERTAKE], either(ISGS, UNID), NER, wd("2020-01-09", "Thursday"), None,
           place(["Chinagodrar", "Chinegodar", "Chinagodar", "Tillaberi", "Tillaberi region"], "NER"), (89, 89),
           note="Chinagodrar base, 89 soldiers; attacker not named, 'a similar assault'"),
        ev("e6", BATTLES, CLASH, either(ISGS, UNID),
           either(USA, NER, actor("Military Forces of the United States", "US soldiers", "American soldiers")),
           wd("2017-10-04", "Wednesday"), None,
           place(["Tongo Tongo", "Tongo-Tongo", "Tillaberi", "Tillaberi region"], "NER"), (8, 8),
           note="Tongo Tongo ambush: 4 US + 4 Nigerien soldiers (ambush of soldiers: Armed clash)"),
        ev("e7", [BATTLES, RIOTS, VAC], [CLASH, MOB, ATTACK], civ("NER", "villagers", "self-defence group"),
           ISGS, "2020-12-26", "2021-01-01", TCHOMA, (2, 2), optional=True,
           note="'in the days before', villagers killed two fighters: the act the massacre reprised; undated, "
                "unsure which village"),
        ev("e8", VAC, ATTACK, ISGS, actor("Civilians (France)", "civilians", "aid workers", "French aid workers",
                                          "Acted", "humanitarian workers"),
           wd("2020-08-09", "Sunday"), None,
           place(["Koure", "Kouré", "Koure giraffe reserve", "Tillaberi", "Tillaberi region", "Niamey"], "NER"),
           (8, 8), note="Koure: six French aid workers + guide + driver, IS claimed"),
    ])

# 11. Zabarmari massacre (first report)
P11 = "2020-11-29"
ZABARMARI = place(["Zabarmari", "Koshobe", "Kwashebe", "Garin Kwashebe", "Jere", "Jere local government area",
                   "Borno", "Borno state", "Maiduguri"], "NGA")
doc("nigeria-zabarmari-wire-2020-11-29", P11, "Lake Chad Wire",
    "Suspected Boko Haram fighters kill at least 43 rice farmers in northeast Nigeria",
    "wire",
    """MAIDUGURI, Nigeria, Nov 29 (Lake Chad Wire) - At least 43 farm workers were killed by suspected Boko Haram insurgents in rice fields near the village of Zabarmari in Borno state on Saturday, officials and a militia leader said, in one of the bloodiest attacks on civilians this year.

The labourers, many of whom had travelled from Sokoto state in the northwest to find work during the harvest, were rounded up in the fields at Koshobe, a few kilometres from Zabarmari in Jere local government area, about 20 km from the state capital Maiduguri. Many had their throats cut and their hands tied, according to a local militia leader who helped recover the bodies.

Borno governor Babagana Zulum attended the burial of 43 victims in Zabarmari on Sunday and said the toll could rise, as several people were still missing. Residents said some women may have been abducted.

Babakura Kolo, a leader of the anti-jihadist militia that fights alongside the army, said the gunmen had been angered after farmers overpowered one of their fighters days earlier. The man had come to the farms armed and demanding food, and the farmers seized him and handed him over to soldiers; the killings were revenge for that, he said.

President Muhammadu Buhari condemned the killings as senseless and said the whole country had been hurt by them. Zulum urged the federal government to recruit more soldiers and local militiamen to protect farmers, who have been told for months that they must farm to feed themselves despite the risk, and said people in the area faced an impossible choice between hunger at home and the insurgents in the fields.

Boko Haram and its offshoot, Islamic State West Africa Province, have killed more than 30,000 people in the northeast since 2009. There was no immediate claim for Saturday's attack.
""",
    [
        ev("e1", VAC, ATTACK, BH, civ("NGA", "farmers", "farm workers", "rice farmers", "labourers"),
           wd("2020-11-28", "Saturday"), None, ZABARMARI, (43, 43), responds_to=["e2"],
           note="farm workers killed at Koshobe near Zabarmari; 43 buried; 'this was revenge' for the seizure"),
        ev("e2", STRAT, ARRESTS, civ("NGA", "farmers", "farm workers"), BH, "2020-11-21", "2020-11-27",
           ZABARMARI, None, optional=True,
           note="'days earlier' farmers seized a fighter and handed him to soldiers; undated civilian arrest"),
    ])

# 12. Zabarmari garbled second report (UN 110)
P12 = "2020-12-01"
doc("nigeria-zabarmari-garbled-2020-12-01", P12, "NaijaNewsHub Online",
    "UN say 110 civilians killed in Borno rice field attack as Boko Haram claim it",
    "garbled machine-rewritten web copy",
    """UN say 110 civilians killed in Borno rice field attack as Boko Haram claim it

The number of civilians who was killed in the attack on farmers at Koshobe village near Zabarmari in Jere LGA of Borno State on the last weekend have rise to at least 110, the United Nations humanitarian coordinator in Nigeria Edward Kallon was said.

Mr Kallon was describing the incident like the most violent attack direct on innocent civilians in this year and said the militants on motorcycles was descended on the men and women working in the fields and killed them brutally, many of them was beheaded. Earlier the Borno government had burial 43 corpses at Sunday while the other people stayed missing.

In a video that was released at Tuesday, a man who look like the Boko Haram leader Abubakar Shekau have claimed the group did the killing, he said the fighters slaughtered the farmers because they was arrest one of their brothers and gave him to the soldiers, so it is an avenge. Security agencies was not yet authenticate the video.

The presidency was rejected criticism that the army abandoned the farmers, a spokesman said the farmers did not get security clearance to go to the area which is still under insurgents, a statement which many Nigerians online condemned it as insult to the victims.

Governor Babagana Zulum said the state need more recruitment of the Civilian JTF and the hunters so farmers can go back to the farm safe.

READ ALSO: Gunmen abduct travellers on Kaduna-Abuja expressway

Source link
""",
    [
        ev("e1", VAC, ATTACK, BH, civ("NGA", "farmers", "farm workers", "rice farmers"), "2020-11-28",
           "2020-11-29", ZABARMARI, (43, 110), responds_to=["e2"], same_as="nigeria-zabarmari-wire-2020-11-29/e1",
           note="'on the last weekend' (Saturday 28 November per the first report; the text alone gives only the "
                "weekend, so Nov 28-29); 43 buried vs UN 110; 'an avenge' for the arrest"),
        ev("e2", STRAT, ARRESTS, civ("NGA", "farmers"), BH, "2020-11-21", "2020-11-27", ZABARMARI, None,
           optional=True, same_as="nigeria-zabarmari-wire-2020-11-29/e2",
           note="the seizure of a fighter, undated"),
    ])

# 13. Bulo Marer base attack (first report, short wire)
P13 = "2023-05-26"
BULO = place(["Bulo Marer", "Buulo Mareer", "Bulo Mareer", "Buulomareer", "Lower Shabelle",
              "Lower Shabelle region", "Shabeellaha Hoose"], "SOM")
doc("somalia-bulo-marer-brief-2023-05-26", P13, "Horn Desk Wire",
    "Al Shabaab attacks African Union base in southern Somalia",
    "wire brief",
    """MOGADISHU, May 26 (Horn Desk Wire) - Al Shabaab fighters stormed an African Union base in Somalia's Lower Shabelle region early on Friday, setting off car bombs before gunmen poured in, residents and the Islamist group said.

The base at Bulo Marer, about 120 km (75 miles) southwest of Mogadishu, is manned by Ugandan troops of the AU transition mission, ATMIS. Residents said heavy gunfire lasted several hours and that helicopters later flew over the town.

Al Shabaab said in a statement that its fighters had overrun the base and killed 137 soldiers, a figure that could not be verified. ATMIS said its forces had come under attack and that casualties were being assessed. Uganda's army spokesman said a statement would follow.
""",
    [
        ev("e1", [BATTLES, REMOTE], [CLASH, OVERTAKE, SUICIDE], SHABAAB, UGA, wd(P13, "Friday"), None, BULO, None,
           note="early Friday assault with car bombs; Shabaab's 137 unverified, so no figure"),
    ])

# 14. Bulo Marer: Museveni's toll (second report)
P14 = "2023-06-04"
doc("uganda-bulo-marer-toll-2023-06-04", P14, "Kampala Weekend Standard",
    "Museveni: 54 Ugandan soldiers killed in Somalia base attack",
    "newspaper",
    """President Yoweri Museveni has said 54 Ugandan soldiers, including a commander, were killed when al Shabaab militants attacked their base in Somalia on May 26, the first official toll from Kampala more than a week after the assault.

In a statement on Saturday, Museveni said the soldiers at Bulo Marer, in the Lower Shabelle region, had not behaved as they should have when the fighters, who arrived in vehicles packed with explosives, hit the base in the early hours. Two commanders panicked and ordered a retreat, he said, adding that both had been arrested and would face a military court.

He said the troops later regrouped and, with Somali forces, recaptured the base, and that the "terrorists" lost many fighters, without giving a figure. Al Shabaab had claimed to have killed 137 soldiers.

Uganda is the largest troop contributor to the African Union mission, ATMIS, which is due to hand over security to the Somali army by the end of next year. The attack was the deadliest on AU forces in Somalia in several years.

Relatives of soldiers gathered at army barracks in Kampala on Saturday seeking news. The army said bodies would be flown home and families notified.
""",
    [
        ev("e1", [BATTLES, REMOTE], [CLASH, OVERTAKE, SUICIDE], SHABAAB, UGA, "2023-05-26", None, BULO, (54, 54),
           same_as="somalia-bulo-marer-brief-2023-05-26/e1",
           note="'on May 26', 54 Ugandan soldiers (Museveni); Shabaab's own losses unquantified"),
        ev("e2", BATTLES, REGAINS, either(UGA, actor("Military Forces of Somalia", "Somali forces", "Somali army",
                                                     code="SOM")),
           SHABAAB, "2023-05-26", P14, BULO, None, optional=True,
           note="'later regrouped and recaptured the base', undated"),
        ev("e3", STRAT, ARRESTS, UGA, actor("Ugandan commanders", "two commanders", "Military Forces of Uganda"),
           "2023-05-26", P14, None, None, optional=True, note="arrest of two commanders, no date or place"),
    ])

# 15. Tigray live blog (rockets on Bahir Dar, Gondar and Asmara)
P15 = "2020-11-15"
doc("ethiopia-tigray-rockets-liveblog-2020-11-15", P15, "Highlands Live",
    "Ethiopia-Tigray conflict live: rockets fired at Eritrean capital",
    "live blog (GMT, newest first)",
    """Ethiopia-Tigray conflict: live updates

Sunday 15 November

11:05 GMT - Tigray leader confirms Asmara strike
Debretsion Gebremichael, the head of the Tigray regional government, told reporters by phone that his forces had fired at the airport in Asmara, saying Eritrean troops were fighting alongside Ethiopia's federal army inside Tigray and that any military site used against Tigray was a "legitimate target". Eritrea has denied taking part in the conflict.

08:30 GMT - No word on casualties in Asmara
Diplomats in the Eritrean capital said at least three rockets were fired at the city on Saturday night, and that at least two appeared to have landed on its outskirts. There were no reports of casualties. Eritrea's information minister has not responded to requests for comment.

06:40 GMT - Addis Ababa: "criminal" act
The federal government's emergency task force called the Asmara attack a criminal act by the Tigray People's Liberation Front (TPLF) meant to internationalise the conflict.

Saturday 14 November

19:50 GMT - Explosions heard in Asmara
Several loud explosions were heard in Asmara at about 10.50 p.m. local time, residents and two diplomats said.

10:15 GMT - TPLF says Friday's rockets were retaliation
Tigrayan forces fired rockets at the airports of Bahir Dar and Gondar, the two main cities of neighbouring Amhara region, late on Friday, Amhara officials said. One rocket damaged part of Gondar airport; those aimed at Bahir Dar landed nearby. TPLF spokesman Getachew Reda said the airports were hit in retaliation for federal air strikes on Tigray launched from them, and warned that more would follow.

What we know so far
- Prime Minister Abiy Ahmed sent the army into Tigray on November 4, saying Tigrayan forces had attacked the federal army's Northern Command headquarters in Mekelle in the early hours of that day. The TPLF says the attack was pre-emptive and that Abiy is out to crush the region's autonomy.
- Federal jets have bombed targets in Tigray repeatedly since then; Abiy says they have destroyed rocket and fuel depots near Mekelle.
- Amnesty International reported on Thursday that scores, and probably hundreds, of civilians were stabbed or hacked to death in the town of Mai Kadra in southwest Tigray on the night of November 9. Witnesses blamed forces loyal to the TPLF, which denies involvement.
- Phone and internet links to Tigray remain cut, making claims hard to verify. More than 20,000 refugees have crossed into Sudan.
""",
    [
        ev("e1", REMOTE, MISSILE, TPLF, ERI, wd("2020-11-14", "Saturday"), None,
           place(["Asmara", "Asmara airport", "Asmara International Airport", "Maekel", "Eritrea"], "ERI",
                 15.3229, 38.9251),
           None, note="rockets on Asmara Saturday night; 'no reports of casualties' is not a confirmed 0, so null"),
        ev("e2", REMOTE, MISSILE, TPLF, ETH, wd("2020-11-13", "Friday"), None,
           place(["Bahir Dar", "Bahir Dar airport", "Bahirdar", "Amhara", "Amhara region"], "ETH", 11.5742, 37.3614),
           None, responds_to=["e6"], note="rockets at Bahir Dar airport late Friday, 'in retaliation for' air strikes"),
        ev("e3", REMOTE, MISSILE, TPLF, ETH, "2020-11-13", None,
           place(["Gondar", "Gonder", "Gondar airport", "Amhara", "Amhara region"], "ETH", 12.6000, 37.4667),
           None, responds_to=["e6"], note="rockets at Gondar airport late Friday, part of the airport damaged"),
        ev("e4", BATTLES, CLASH, TPLF, ETH, "2020-11-03", wd("2020-11-04", "Wednesday"),
           place(["Mekelle", "Mek'ele", "Makelle", "Northern Command headquarters", "Tigray", "Tigray region"],
                 "ETH", 13.4967, 39.4753),
           None, note="attack on the Northern Command in the early hours of November 4 (claimed by Abiy; TPLF: "
                      "pre-emptive); range covers the night"),
        ev("e5", VAC, ATTACK, either(TPLF, actor("Samri", "Tigrayan militia", "forces loyal to the TPLF")),
           civ("ETH", "Amhara", "labourers"), "2020-11-09", "2020-11-10",
           place(["Mai Kadra", "Mai Kadra town", "Maykadra", "May Kadra", "Tigray", "western Tigray"], "ETH"),
           None, note="Mai Kadra on the night of November 9; 'scores, probably hundreds': no ACLED figure"),
        ev("e6", REMOTE, AIR, ETH, TPLF, "2020-11-04", "2020-11-13",
           place(["Tigray", "Tigray region", "Mekelle"], "ETH"), None, optional=True,
           note="series of federal air strikes since November 4: the strikes the rockets answered; no date"),
        ev("e7", BATTLES, CLASH, ETH, TPLF, "2020-11-04", P15, place(["Tigray", "Tigray region"], "ETH"), None,
           optional=True, responds_to=["e4"],
           note="the federal offensive 'sent the army into Tigray', campaign with no place or day"),
    ])

# 16. Negative: AFCON final
P16 = "2024-02-12"
doc("sport-afcon-final-2024-02-12", P16, "Touchline Africa",
    "Haller fires resurgent Ivory Coast to Africa Cup of Nations glory",
    "sports report (negative: no event)",
    """ABIDJAN, Feb 12 (Touchline Africa) - Sebastien Haller's late strike completed one of the most remarkable comebacks in the history of the Africa Cup of Nations as hosts Ivory Coast came from behind to beat Nigeria 2-1 in the final at the Alassane Ouattara Stadium in Ebimpe on Sunday night.

Nigeria's captain William Troost-Ekong had put the Super Eagles ahead before half-time, rising highest to head home a corner, and for a while Jose Peseiro's side looked set to repeat the smash-and-grab victories that had carried them through the knockout rounds. Victor Osimhen led the line with menace, although he managed few shots on target against a defence that barely gave him room.

But the Elephants kept up the assault after the interval. Franck Kessie, their midfield general, headed the equaliser from Simon Adingra's corner on 62 minutes, and the stadium erupted. Wave after wave of attacks followed, and with nine minutes left Adingra whipped in a cross that Haller flicked past Stanley Nwabali from close range, setting off a blast of fireworks above the stands.

It was a fitting climax for Haller, who missed much of 2022 while being treated for testicular cancer, and for a team that looked finished after a 4-0 thrashing by Equatorial Guinea in the group stage. The federation sacked coach Jean-Louis Gasset mid-tournament, and Emerse Fae, promoted from assistant, steered the side through as one of the best third-placed teams before they killed off Senegal on penalties and knocked out Mali in extra time.

Nigeria, who bombarded the Ivorian box in stoppage time, were left to rue a lack of firepower after taking the lead. Troost-Ekong said his side had fought to the end but had been hit by a team playing for a whole nation.

Thousands of fans flooded the streets of Abidjan until dawn, blasting car horns and waving orange flags. President Alassane Ouattara declared Monday a public holiday.
""",
    [])



if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

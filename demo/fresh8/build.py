"""Write demo/fresh8/docs.jsonl and demo/fresh8/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh8/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public incidents
(2016-2024) in Syria, Iraq, Gaza, Nigeria, Indonesia, DR Congo and Iran, in our own words, written as of their
`published` date from facts in public reporting, simplified where unsure. Outlets are fictional with `.example`
URLs; quotations are paraphrases. Not a factual reference. Gold follows shared/contract/README.md and the
"Gold conventions" of demo/README.md; every weekday relied on is asserted, and `check()` validates taxonomy,
dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import AGREEMENT, AIR, ARRESTS, BATTLES, CHEM, CLASH, DISRUPTED, EXCESSIVE, INTERVENTION, LOOT, MISSILE, MOB, OTHER, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, ATTACK, VIOLENT  # noqa: E402,E501
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


# ---- actors -------------------------------------------------------------------------------------
SYR = actor("Military Forces of Syria", "Military Forces of Syria (2000-2024)", "Syria", "Syrian government",
            "government forces", "Syrian army", "Syrian forces", "Assad's forces", "Damascus", "regime forces",
            "Syrian air defences", "Syrian government forces", code="SYR")
JAI = actor("Jaish al-Islam", "Army of Islam", "rebels", "rebel group", "the rebel group", "fighters")
ISR = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
            "Israeli army", "IDF", "Israeli forces", "Israeli jets", "Israeli F-15s", "Israeli warplanes",
            "Israeli special forces", "Yamam", "Shin Bet", "Israeli troops", code="ISR")
USA = actor("Military Forces of the United States", "United States", "US military", "U.S. military",
            "US forces", "American forces", "Pentagon", "Washington", code="USA")
GBR = actor("Military Forces of the United Kingdom", "United Kingdom", "Britain", "British forces", "RAF",
            "Tornado jets", code="GBR")
FRA = actor("Military Forces of France", "France", "French forces", "French jets", "Rafale jets", code="FRA")
WEST = either(USA, GBR, FRA, actor("Western allies", "US, British and French forces", "three Western powers",
                                   "allies", "the three allies"))
IS = actor("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (ISIS)", "jihadists", "militants",
           "suicide bombers", "bombers", "Islamic State group")
IRQ = actor("Military Forces of Iraq", "Military Forces of Iraq (2020-)", "Iraq", "Iraqi forces",
            "Iraqi security forces", "Joint Operations Command", "Iraqi army", "Counter-Terrorism Service",
            "intelligence service", "Baghdad", "security forces", code="IRQ")
HAMAS = actor("Hamas", "Hamas movement", "Qassam Brigades", "Ezzedine al-Qassam Brigades", "militants",
              "Palestinian militants", "Palestinian fighters")
NGA_ARMY = actor("Military Forces of Nigeria", "Military Forces of Nigeria (2015-)", "Nigerian army", "army",
                 "soldiers", "troops", "men in military uniform", "Nigerian soldiers", "military", code="NGA")
NGA_POLICE = actor("Police Forces of Nigeria", "Police Forces of Nigeria (2015-)", "Nigerian police", "police",
                   "police officers", "policemen", code="NGA")
NGA_PROT = actor("Protesters (Nigeria)", "protesters", "EndSARS protesters", "#EndSARS protesters",
                 "demonstrators", "young people", "protesters against police brutality")
NGA_RIOT = actor("Rioters (Nigeria)", "rioters", "hoodlums", "mobs", "a mob", "crowds", "young men", "looters",
                 "youths", "protesters", "arsonists")
JAD = actor("Jamaah Ansharut Daulah", "JAD", "Jemaah Ansharut Daulah", "Islamic State", "suicide bombers",
            "bombers", "militants", "a couple", "attackers", "IS-linked network")
IDN_POLICE = actor("Police Forces of Indonesia", "Police Forces of Indonesia (2014-)", "Indonesian police",
                   "police", "National Police", "Densus 88", "Detachment 88", "counter-terrorism squad",
                   "officers", "Polri", code="IDN")
DRC_PROT = actor("Protesters (Democratic Republic of Congo)", "protesters", "demonstrators", "rioters",
                 "crowds", "youths", "assailants", "Rioters (Democratic Republic of Congo)")
MONUSCO = actor("MONUSCO", "UN peacekeepers", "peacekeepers", "United Nations Organization Stabilization "
                "Mission in the Democratic Republic of Congo", "UN mission", "blue helmets",
                "Indian peacekeepers", "UN police")
IRN_SEC = actor("Police Forces of Iran", "Police Forces of Iran (1989-)", "Iranian security forces",
                "security forces", "riot police", "Iranian police", "police", code="IRN")


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


# ---- places --------------------------------------------------------------------------------------
DOUMA = place(["Douma", "Duma", "Eastern Ghouta", "eastern Ghouta", "Rif Dimashq"], "SYR", 33.572, 36.402)
T4 = place(["T4", "T-4", "Tiyas", "Tiyas air base", "T4 air base", "Tayfur air base", "Homs province"], "SYR",
           34.523, 37.630)
BARZEH = place(["Barzeh", "Barzah", "Scientific Studies and Research Centre", "Damascus"], "SYR", 33.550, 36.310)
SHINSHAR = place(["Him Shinshar", "Hims Shinshar", "west of Homs", "Homs", "Homs province"], "SYR", 34.690, 36.580)
TAYARAN = place(["Tayaran Square", "al-Tayaran Square", "Tayaran", "central Baghdad", "Baghdad", "Bab al-Sharqi"],
                "IRQ", 33.330, 44.422)
WADI_SHAY = place(["Wadi al-Shay", "Wadi al-Shai", "south of Kirkuk", "Kirkuk province", "Salahuddin",
                   "Salahuddin province"], "IRQ", 35.050, 44.100)
NUSEIRAT = place(["Nuseirat", "Nuseirat camp", "Nuseirat refugee camp", "central Gaza", "Gaza Strip", "Gaza"],
                 "PSE", 31.450, 34.392)
LEKKI = place(["Lekki toll gate", "Lekki", "Lekki toll plaza", "Lekki-Ikoyi", "Lagos"], "NGA", 6.436, 3.444)
ALAUSA = place(["Alausa", "Ikeja", "Lagos"], "NGA", 6.614, 3.358)
TVC = place(["Ikosi-Ketu", "Ketu", "TVC", "Television Continental", "Lagos"], "NGA", 6.597, 3.389)
ORILE = place(["Orile", "Orile Iganmu", "Orile police station", "Lagos"], "NGA", 6.478, 3.358)
OBA_PALACE = place(["Iga Idunganran", "palace of the Oba of Lagos", "Lagos Island", "Isale Eko", "Lagos"], "NGA",
                   6.457, 3.388)
JOS = place(["Jos", "Plateau state", "Plateau"], "NGA", 9.896, 8.858)
MAKASSAR = place(["Makassar", "Sacred Heart of Jesus Cathedral", "Makassar cathedral", "South Sulawesi"], "IDN",
                 -5.135, 119.413)
MABES = place(["National Police headquarters", "Mabes Polri", "Kebayoran Baru", "South Jakarta", "Jakarta"], "IDN",
              -6.240, 106.800)
BEKASI = place(["Bekasi", "Condet", "East Jakarta", "Jakarta", "West Java"], "IDN", -6.238, 106.975)
SURABAYA = place(["Surabaya", "Santa Maria Tak Bercela", "GKI Diponegoro", "GPPS Arjuno", "East Java"], "IDN",
                 -7.257, 112.752)
THAMRIN = place(["Thamrin", "Jalan Thamrin", "Sarinah", "central Jakarta", "Jakarta"], "IDN", -6.187, 106.823)
DEPOK = place(["Mako Brimob", "Depok", "Kelapa Dua", "West Java"], "IDN", -6.369, 106.832)
GOMA = place(["Goma", "North Kivu"], "COD", -1.679, 29.228)
BUTEMBO = place(["Butembo", "North Kivu"], "COD", 0.142, 29.291)
SHIRAZ = place(["Shah Cheragh", "Shah Cheragh shrine", "Shahcheragh", "Shiraz", "Fars province"], "IRN",
               29.609, 52.543)
SAQQEZ = place(["Saqqez", "Saqez", "Aichi cemetery", "Kurdistan province"], "IRN", 36.250, 46.267)

# =========================================================================================================
# 1. Douma, wire, 2018-04-08
P = "2018-04-08"
doc("syria-douma-gas-wire-2018-04-08", P, "Levant Wire Service",
    "Dozens reported dead in suspected gas attack on Syria's Douma; rebels agree to leave", "wire",
    """BEIRUT, April 8 (Levant Wire Service) - At least 40 people were killed in a suspected poison gas attack on the rebel-held town of Douma in Syria's eastern Ghouta, rescue workers and medics said on Sunday, while some opposition activists put the toll above 70.

The White Helmets rescue service and a US-based medical charity said families were found dead in their homes and basements after a helicopter dropped a barrel bomb on a residential building late on Saturday. More than 500 people, many of them women and children, were treated for breathing difficulties, foaming at the mouth and burns to the eyes, the groups said. Pictures shared by activists showed bodies piled in a stairwell. The figures could not be independently confirmed.

The Syrian government denied using chemical weapons and called the accusation a fabrication by rebels trying to halt the army's advance. Russia, Damascus's main ally, said its officers had found no trace of chemical agents in the town.

On Sunday afternoon Syrian state media said Jaish al-Islam, the rebel group that holds Douma, had agreed to leave the town and hand over its captives, under a deal brokered by Russia, after a night of heavy air strikes. The group did not immediately confirm the deal, but buses were reported heading to the town's edge.

US President Donald Trump said on Twitter there would be a "big price to pay" and blamed Russia and Iran for backing "Animal Assad". Pope Francis said nothing could justify the use of such instruments of extermination.
""",
    [
        ev("e1", REMOTE, CHEM, SYR, civ("Syria"), wd("2018-04-07", "Saturday"), None, DOUMA, (40, 70),
           note="'late on Saturday'; 40 per rescuers, above 70 per activists; delivered by helicopter barrel bomb "
                "(Chemical weapon; a coder might add Air strike)"),
        ev("e2", STRAT, AGREEMENT, either(JAI, SYR, actor("Russia", "Military Forces of Russia")),
           either(SYR, JAI), P, None, DOUMA, None,
           note="Russian-brokered deal for Jaish al-Islam to leave Douma, announced Sunday"),
        ev("e3", REMOTE, AIR, SYR, JAI, wd("2018-04-07", "Saturday"), P, DOUMA, None, optional=True,
           note="'a night of heavy air strikes' before the deal"),
    ])

# 2. T4, wire brief, 2018-04-09
P = "2018-04-09"
doc("syria-t4-strike-brief-2018-04-09", P, "Levant Briefs",
    "Missiles hit Syrian air base; Moscow says Israeli jets fired", "wire brief",
    """DAMASCUS (Levant Briefs) - Missiles struck the T4 military air base in Homs province before dawn on Monday, killing 14 people including Iranians, a war monitor said. Syrian state media first blamed the United States, which denied any role. Russia's defence ministry said two Israeli F-15 jets had fired eight guided missiles from Lebanese airspace and that Syrian air defences shot down five of them. Israel did not comment. The strike came two days after the suspected gas attack on Douma, where rescuers say dozens died on Saturday.
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], either(ISR, actor("unidentified", "unknown")), either(SYR, actor(
           "Military Forces of Iran", "Iranians", "Iranian forces", "IRGC")), wd(P, "Monday"), None, T4, (14, 14),
           note="'before dawn on Monday'; Israel named only by Moscow; 'came two days after' Douma is no stated link"),
        ev("e2", STRAT, DISRUPTED, SYR, ISR, P, None, T4, None, optional=True,
           note="Russia's claim that five of eight missiles were shot down"),
        ev("e3", REMOTE, CHEM, SYR, civ("Syria"), wd("2018-04-07", "Saturday"), None, DOUMA, (12, 12),
           same_as="syria-douma-gas-wire-2018-04-08/e1", note="recalled: 'dozens died' = 12 (ACLED)"),
    ])

# 3. Western strikes, wire with Pentagon paraphrase, 2018-04-14
P = "2018-04-14"
doc("syria-western-strikes-wire-2018-04-14", P, "Atlantic Desk Wire",
    "US, Britain and France strike Syrian chemical sites over Douma attack", "wire (Pentagon statement paraphrase)",
    """WASHINGTON/DAMASCUS, April 14 (Atlantic Desk Wire) - The United States, Britain and France fired more than 100 missiles at three Syrian government sites early on Saturday in response to last week's suspected chemical attack on Douma, the Pentagon said, the biggest Western action against President Bashar al-Assad in seven years of war.

According to the Pentagon's briefing, US warships and B-1 bombers, British Tornado jets and French Rafale jets and a frigate launched 105 weapons at about 4 a.m. Damascus time (0100 GMT). They hit the Barzeh scientific research centre on the northern edge of Damascus, which the allies described as a centre for chemical and biological weapons development, and a chemical weapons storage facility at Him Shinshar west of Homs, as well as a nearby bunker. The Pentagon said every missile reached its target and called the strikes precise and overwhelming.

Syria's military said its air defences intercepted 71 of the missiles, a claim Washington rejected. State television said three civilians were wounded at the site near Homs, and Syrian officials reported no deaths; at Barzeh, a building housing laboratories was destroyed.

Western governments say at least 40 people died in the April 7 attack on Douma, where rescuers found families suffocated in their homes. Damascus and Moscow deny any chemical attack took place. Russia's ambassador in Washington warned of consequences, while President Trump said the mission had been accomplished.
""",
    [
        ev("e1", REMOTE, MISSILE, WEST, SYR, wd(P, "Saturday"), None, BARZEH, (0, 0),
           responds_to=["syria-douma-gas-wire-2018-04-08/e1"],
           note="'in response to' Douma (cross-report link); 'no deaths' reported; air-launched too: AIR also fair"),
        ev("e2", REMOTE, MISSILE, WEST, SYR, P, None, SHINSHAR, (0, 0),
           responds_to=["syria-douma-gas-wire-2018-04-08/e1"],
           note="storage site and bunker near Him Shinshar, one place; three civilians wounded, no deaths"),
        ev("e3", STRAT, DISRUPTED, SYR, WEST, P, None, place(["Syria", "Damascus"], "SYR"), None, optional=True,
           note="Syria's claim of 71 intercepts, rejected by Washington"),
        ev("e4", REMOTE, CHEM, SYR, civ("Syria"), "2018-04-07", None, DOUMA, (40, 40),
           same_as="syria-douma-gas-wire-2018-04-08/e1", note="recalled 'April 7', at least 40"),
    ])
DOCS[-1][1][0]["sub_event_type"] = [MISSILE, AIR]
DOCS[-1][1][1]["sub_event_type"] = [MISSILE, AIR]

# 4. Tayaran, wire, 2021-01-21
P = "2021-01-21"
doc("iraq-tayaran-bombing-wire-2021-01-21", P, "Tigris Wire",
    "Twin suicide bombings kill at least 28 in Baghdad market", "wire",
    """BAGHDAD, Jan 21 (Tigris Wire) - Two suicide bombers blew themselves up in a crowded clothes market in central Baghdad on Thursday morning, killing at least 28 people and wounding 73, the health ministry said, the Iraqi capital's deadliest attack in three years.

The first attacker shouted that he felt ill, drawing a crowd of shoppers and street vendors around him in Tayaran Square before he detonated his explosive belt, the interior ministry said. The second man blew himself up as people rushed to help the wounded. Witnesses described bodies scattered among piles of second-hand clothes, and security forces sealed off the square as ambulances ferried casualties to nearby hospitals.

No group claimed responsibility immediately, but a military spokesman said the attack bore the hallmarks of Islamic State, whose sleeper cells still operate in the rural areas north and west of the capital. Suicide bombings in Baghdad had become rare since the group's territorial defeat in 2017.

The same square was hit in January 2018, when two bombers killed more than 30 people, also among labourers and vendors.

Prime Minister Mustafa al-Kadhimi held an emergency meeting with security commanders. The attack came days after the government postponed early elections from June to October.
""",
    [
        ev("e1", REMOTE, SUICIDE, IS, civ("Iraq", "shoppers", "street vendors"), wd(P, "Thursday"), None, TAYARAN,
           (30, 30), note="28 + the two bombers (they 'blew themselves up'); IS suspected, no claim yet"),
        ev("e2", REMOTE, SUICIDE, IS, civ("Iraq"), "2018-01-01", "2018-01-31", TAYARAN, (31, 33), optional=True,
           note="recalled 'January 2018', 'more than 30' killed by two bombers: month only"),
    ])

# 5. Tayaran, garbled copy, 2021-01-22
P = "2021-01-22"
doc("iraq-tayaran-garbled-2021-01-22", P, "Gulf Trending News",
    "Daesh claim Baghdad double suicide blast as toll raises to 32, commanders sacked", "garbled copy",
    """The Islamic State terror group has claimed the duty of the twin suicide explosions which hit a popular market in Tayaran square of Baghdad in yesterday morning, the death toll is increasing to 32 persons while 110 others were injured, according to the Iraqi health ministry.

In statement released by its Amaq mouthpiece late Thursday, the Daesh said two of its fighters wearing explosive vests carried out an offensive on the gathering of the Shia which is false since the market is used by all poor peoples of the city, Iraqi officials said. The two bombers were dying in the blasts.

Prime minister Mustafa al-Kadhimi was making a shake-up of security leadership on Thursday night, removing the deputy interior minister for intelligence, the commander of Baghdad operations and the head of federal police intelligence, his office declared, after the criticisms about the failure of the intelligence.

It is a first big suicide attack on the capital since three years, many Iraqis are fearing that the terrorist can come back to the cities after the United States reduced its troops number to 2,500.

Funerals have been held on Friday in Baghdad and in the south provinces.

Source link
Share this:
""",
    [
        ev("e1", REMOTE, SUICIDE, IS, civ("Iraq", "Shia"), wd("2021-01-21", "Thursday"), None, TAYARAN, (32, 34),
           same_as="iraq-tayaran-bombing-wire-2021-01-21/e1",
           note="'yesterday morning'; 32 (may or may not include the two bombers, who died): 32-34; IS claim"),
        ev("e2", STRAT, OTHER, actor("Government of Iraq", "Mustafa al-Kadhimi", "Kadhimi", "prime minister"), IRQ,
           "2021-01-21", None, place(["Baghdad"], "IRQ", 33.315, 44.366), None, optional=True,
           note="security commanders removed: not an ACLED event for most coders"),
    ])

# 6. Issawi, wire brief (military statement), 2021-01-28
P = "2021-01-28"
doc("iraq-issawi-killed-brief-2021-01-28", P, "Tigris Wire",
    "Iraq says it killed Islamic State's top commander in revenge operation", "wire brief (military statement)",
    """BAGHDAD (Tigris Wire) - Iraqi forces killed Islamic State's self-styled "wali of Iraq", Abu Yasser al-Issawi, in an operation in the Wadi al-Shay area south of Kirkuk on Wednesday night, the Joint Operations Command said on Thursday, giving no other casualty figure. The statement said the raid, carried out with intelligence from the US-led coalition, was part of an operation named Revenge of the Martyrs, launched in response to last week's twin suicide bombing in Baghdad's Tayaran Square, which killed 32 people. Prime Minister Mustafa al-Kadhimi wrote that he had promised and delivered.
""",
    [
        ev("e1", BATTLES, CLASH, IRQ, either(IS, actor("Abu Yasser al-Issawi", "al-Issawi", "wali of Iraq")),
           wd("2021-01-27", "Wednesday"), "2021-01-28", WADI_SHAY, (1, 1),
           responds_to=["iraq-tayaran-bombing-wire-2021-01-21/e1"],
           note="'Wednesday night' (into Thursday allowed); 'in response to' Tayaran (cross-report link); "
                "type unclear (raid; strikes possible): Battles or Air/drone strike"),
        ev("e2", REMOTE, SUICIDE, IS, civ("Iraq"), "2021-01-21", None, TAYARAN, (32, 34),
           same_as="iraq-tayaran-bombing-wire-2021-01-21/e1", note="recalled 'last week', 32"),
    ])
SET.accept(0, [BATTLES, REMOTE], [CLASH, AIR])
DOCS[-1][1][1]["date"] = {"start": "2021-01-18", "end": "2021-01-24"}

# 7. Nuseirat, wire, 2024-06-08
P = "2024-06-08"
doc("gaza-nuseirat-rescue-wire-2024-06-08", P, "Eastern Med Wire",
    "Israel rescues four hostages in Nuseirat raid; Gaza officials say 210 killed", "wire",
    """JERUSALEM/GAZA, June 8 (Eastern Med Wire) - Israeli forces rescued four hostages held by Hamas in a daytime raid on the Nuseirat refugee camp in central Gaza on Saturday, the military said, while Gaza's health ministry said at least 210 Palestinians were killed and more than 400 wounded in the assault and the air strikes that covered it.

Noa Argamani, 26, Almog Meir Jan, 22, Andrey Kozlov, 27, and Shlomi Ziv, 41, all seized at the Nova music festival on October 7, were freed from two apartment buildings in the heart of the camp, the army said. Special police and intelligence officers came under heavy fire as they pulled the hostages out, and a commander of the police counter-terrorism unit was mortally wounded. The hostages were flown by helicopter to a hospital near Tel Aviv and were said to be in good medical condition.

Residents described waves of strikes and gunfire across the crowded market area as the operation unfolded around midday. Hospitals in Deir al-Balah were overwhelmed, with the dead and wounded lying on floors, medics said. Hamas said the "massacre" showed Israel had no regard for civilian life.

Israelis celebrated on beaches and in the streets of Tel Aviv as the news spread. Some 120 hostages are still held in Gaza.
""",
    [
        ev("e1", BATTLES, CLASH, ISR, HAMAS, wd(P, "Saturday"), None, NUSEIRAT, (211, 211),
           note="raid with strikes: 210 Palestinians (ministry) + 1 Israeli officer; accepts Air/drone strike"),
    ])
SET.accept(0, [BATTLES, REMOTE], [CLASH, AIR])

# 8. Nuseirat, garbled copy, 2024-06-09
P = "2024-06-09"
doc("gaza-nuseirat-garbled-2024-06-09", P, "Daily World Viral",
    "Nuseirat massacre toll reaches 274 martyrs, occupation claim less than 100", "garbled copy",
    """The government media office in Gaza said on Sunday that the number of martyrs of the massacre of Nuseirat camp was climbing to 274 including 64 children and 57 women, while nearly 698 others were injured, after the occupation army carried out a bloody offensive on the camp in daylight of Saturday to free four captives.

The Israeli military spokesman Daniel Hagari said that the casualties among the Palestinians was under 100, he does not know how many of them was fighters, and he said the forces were under heavy fire and it was a complex operation. One Israeli officer from the special unit Yamam, Arnon Zmora, was dying from his wounds in the operation, the army was announcing, and the operation was renamed on his name.

The military wing of Hamas, the Qassam, said on Sunday that some other captives were killed in same operation, but it did not give any names and there is no way to verify it.

The UN and several foreign ministers is condemning the high number of civilian killed, and the EU foreign policy chief talked of a massacre. The people of Nuseirat were digging in the rubble of houses on Sunday.

Share this:
Related posts
""",
    [
        ev("e1", BATTLES, CLASH, ISR, HAMAS, wd("2024-06-08", "Saturday"), None, NUSEIRAT, (100, 275),
           same_as="gaza-nuseirat-rescue-wire-2024-06-08/e1",
           note="274 Palestinians per Gaza + 1 officer = 275; Israel 'under 100' casualties: low 100 kept as a "
                "conservative floor (a coder might take 275/275)"),
    ])
SET.accept(0, [BATTLES, REMOTE], [CLASH, AIR])

# 9. Lekki, live blog, 2020-10-21
P = "2020-10-21"
doc("nigeria-endsars-liveblog-2020-10-21", P, "West Africa Live",
    "Live: Lagos burns after soldiers fire on #EndSARS protesters at Lekki", "live blog",
    """Nigeria protests: live updates (all times GMT; Lagos is GMT+1)

16:40 GMT - Smoke is rising over the Lekki toll plaza itself, where crowds set fire to the toll booths and the administrative building this afternoon, in what several young men told our reporter was revenge for last night's shooting at the same spot.

15:05 GMT - Police say the Orile police station was set ablaze by a mob; officers escaped, and there is no word yet on casualties.

13:30 GMT - The palace of the Oba of Lagos in Isale Eko on Lagos Island has been invaded and looted, residents say. Videos show young men carrying off furniture and a mattress.

12:10 GMT - The headquarters of Television Continental (TVC) in Ketu is on fire. Witnesses say a crowd stormed the compound and torched vehicles and the studios in retaliation for the killing of protesters at Lekki. Staff fled over the back wall.

09:20 GMT - Governor Babajide Sanwo-Olu says 25 people are being treated for injuries after the Lekki shooting and one man has died in hospital of a blunt-force head wound. He says the soldiers were not deployed by him.

08:00 GMT - Amnesty International says it has credible evidence that soldiers and police killed at least 12 peaceful protesters at the Lekki toll gate and at Alausa in Ikeja on Tuesday evening. The army has called reports of killings fake news.

What we know

- Men in military uniform opened fire on hundreds of protesters sitting at the Lekki toll gate at about 18:50 local time on Tuesday, minutes after street lights were switched off and shortly after a 24-hour curfew came into force.
- The protests began two weeks ago against the police's Special Anti-Robbery Squad (SARS), which was disbanded on October 11.
""",
    [
        ev("e1", PROTESTS, EXCESSIVE, NGA_PROT, NGA_ARMY, wd("2020-10-20", "Tuesday"), None, LEKKI, (1, 12),
           note="governor 1 dead; Amnesty at least 12 across Lekki and Alausa: high 12; army denies"),
        ev("e2", RIOTS, VIOLENT, NGA_RIOT, civ("Nigeria", "TVC", "Television Continental", "staff"), P, None, TVC,
           None, responds_to=["e1"], note="TVC torched 'in retaliation for the killing of protesters at Lekki'"),
        ev("e3", RIOTS, VIOLENT, NGA_RIOT, None, P, None, LEKKI, None, responds_to=["e1"],
           note="toll plaza burned, 'revenge for last night's shooting'"),
        ev("e4", STRAT, LOOT, NGA_RIOT, civ("Nigeria", "Oba of Lagos", "Rilwan Akiolu"), P, None, OBA_PALACE, None,
           note="palace looted; Riots/Mob violence also accepted"),
        ev("e5", RIOTS, VIOLENT, NGA_RIOT, NGA_POLICE, P, None, ORILE, None,
           note="police station set ablaze by a mob"),
        ev("e6", PROTESTS, EXCESSIVE, NGA_PROT, either(NGA_ARMY, NGA_POLICE), "2020-10-20", None, ALAUSA, None,
           optional=True, note="Alausa killings in Amnesty's statement; toll only combined with Lekki"),
    ])
DOCS[-1][1][2]["actor2"] = actor("Lekki Concession Company", "toll plaza", "Lekki toll plaza")
SET.accept(3, [STRAT, RIOTS], [LOOT, MOB, VIOLENT])
DOCS[-1][1][4]["sub_event_type"] = [VIOLENT, MOB]

# 10. Lekki, wire, 2020-10-24
P = "2020-10-24"
doc("nigeria-lekki-toll-wire-2020-10-24", P, "Lagoon Wire",
    "Nigeria counts 69 dead in unrest as anger over Lekki shooting lingers", "wire",
    """LAGOS, Oct 24 (Lagoon Wire) - Nigeria's government said 69 people, including 51 civilians, 11 police officers and seven soldiers, had been killed across the country since protests against police brutality turned violent, as Lagos eased its curfew on Saturday and residents ventured out to assess the damage.

President Muhammadu Buhari gave the figures after meeting former heads of state on Friday, blaming "hoodlums" for the violence, but made no mention of Tuesday night's shooting at the Lekki toll gate, where witnesses say soldiers fired on peaceful demonstrators waving the national flag.

Lagos Governor Babajide Sanwo-Olu said on Thursday that two people had died at Lekki, raising his earlier figure of one, and promised a judicial inquiry. Amnesty International has said at least 12 protesters were killed at Lekki and Alausa. The army says its soldiers did not fire on anyone.

The shooting set off two days of arson and looting in Lagos. Crowds burned the Lekki toll plaza and the studios of TVC, a broadcaster linked to a ruling party leader, in retaliation for the Lekki killings, and dozens of police stations and buses were torched.

In Jos, the Plateau state capital, crowds broke into a government warehouse on Saturday and carried off bags of rice and pasta meant as coronavirus relief, witnesses said, the latest of several such raids on food stores.
""",
    [
        ev("e1", PROTESTS, EXCESSIVE, NGA_PROT, NGA_ARMY, wd("2020-10-20", "Tuesday"), None, LEKKI, (2, 12),
           same_as="nigeria-endsars-liveblog-2020-10-21/e1", note="governor now 2, Amnesty 12 (with Alausa)"),
        ev("e2", RIOTS, VIOLENT, NGA_RIOT, civ("Nigeria", "TVC", "Television Continental"), "2020-10-21", None, TVC,
           None, responds_to=["nigeria-endsars-liveblog-2020-10-21/e1"],
           same_as="nigeria-endsars-liveblog-2020-10-21/e2",
           note="recalled TVC arson 'in retaliation for the Lekki killings' (cross-report link); the text gives no "
                "day beyond 'two days of arson' after Tuesday: 21-22 accepted"),
        ev("e3", RIOTS, VIOLENT, NGA_RIOT, actor("Lekki Concession Company", "toll plaza"), "2020-10-21", None,
           LEKKI, None, responds_to=["nigeria-endsars-liveblog-2020-10-21/e1"],
           same_as="nigeria-endsars-liveblog-2020-10-21/e3", optional=True, note="recalled toll plaza arson"),
        ev("e4", STRAT, LOOT, NGA_RIOT, actor("Government of Plateau State", "government warehouse"),
           wd(P, "Saturday"), None, JOS, None, note="COVID relief warehouse looted in Jos; Riots accepted"),
    ])
DOCS[-1][1][1]["date"] = {"start": "2020-10-21", "end": "2020-10-22"}
DOCS[-1][1][2]["date"] = {"start": "2020-10-21", "end": "2020-10-22"}
SET.accept(3, [STRAT, RIOTS], [LOOT, MOB, VIOLENT])

# 11. Makassar, wire, 2021-03-28
P = "2021-03-28"
doc("indonesia-makassar-cathedral-wire-2021-03-28", P, "Archipelago Wire",
    "Suicide bombers strike Indonesian cathedral on Palm Sunday", "wire",
    """MAKASSAR, Indonesia, March 28 (Archipelago Wire) - Two suicide bombers on a motorcycle blew themselves up at the gate of a Catholic cathedral in the Indonesian city of Makassar on Sunday as worshippers were leaving a Palm Sunday mass, wounding at least 14 people, police said.

The attackers were stopped by a church security guard as they tried to ride into the compound of the Sacred Heart of Jesus Cathedral at about 10:30 a.m., and the bomb went off at the entrance, a police spokesman in South Sulawesi province said. Both attackers were killed; body parts were scattered near the gate. Those wounded included guards and members of the congregation.

National police chief Listyo Sigit Prabowo said the bombers belonged to Jamaah Ansharut Daulah (JAD), a network that has pledged allegiance to Islamic State and was behind church attacks in Surabaya in 2018. Police were searching for others linked to the cell.

President Joko Widodo condemned the bombing as an act of terrorism and urged calm. Security was stepped up at churches across the country ahead of Easter.
""",
    [
        ev("e1", REMOTE, SUICIDE, JAD, civ("Indonesia", "worshippers", "church security guard", "congregation"),
           wd(P, "Sunday"), None, MAKASSAR, (2, 2), note="only the two bombers died; 14 wounded. Surabaya 2018 "
           "mentioned without a date: not coded here"),
    ])

# 12. Indonesian police statement, 2021-04-01
P = "2021-04-01"
doc("indonesia-police-statement-2021-04-01", P, "Jakarta Security Bulletin",
    "Police: gunwoman shot dead at headquarters; suspects held after Makassar bombing",
    "police press statement (paraphrase)",
    """JAKARTA (Jakarta Security Bulletin) - The Indonesian National Police gave the following account on Thursday, paraphrased from a briefing by its spokesman.

At about 16:30 local time on Wednesday, a woman entered the compound of the National Police headquarters in South Jakarta through a pedestrian gate, asked officers at a guard post for directions to the post office, then drew a weapon and fired six shots at them. Officers returned fire and she was killed on the spot. No officers were killed or wounded. The weapon was later identified as an air gun.

The woman, aged 25, acted alone, according to police. She posted an Islamic State flag on social media hours before the attack and left a letter to her family. Police are investigating whether she had contact with extremist networks.

In response to Sunday's suicide bombing at the cathedral in Makassar, which wounded about 20 people, the counter-terrorism squad Densus 88 arrested four suspects in Bekasi and East Jakarta on Monday and seized five active bombs and more than 20 kilograms of explosive materials. Officers have also detained suspects in Makassar since Sunday. The two Makassar bombers, a married couple, belonged to a JAD cell, the spokesman said.

The public is asked to remain calm and to report suspicious activity.
""",
    [
        ev("e1", BATTLES, CLASH, actor("Unidentified gunwoman", "a woman", "woman", "gunwoman", "lone attacker",
           "Islamic State sympathiser", "Zakiah Aini"), IDN_POLICE, wd("2021-03-31", "Wednesday"), None, MABES,
           (1, 1), note="she fired at the guard post and was shot dead: attacker counted; Attack accepted"),
        ev("e2", STRAT, ARRESTS, IDN_POLICE, JAD, wd("2021-03-29", "Monday"), None, BEKASI, None,
           responds_to=["indonesia-makassar-cathedral-wire-2021-03-28/e1"],
           note="four arrested 'in response to Sunday's suicide bombing' (cross-report link); Bekasi and East "
                "Jakarta may be coded as two places"),
        ev("e3", STRAT, ARRESTS, IDN_POLICE, JAD, "2021-03-28", "2021-03-31", MAKASSAR, None, optional=True,
           note="detentions in Makassar 'since Sunday' (range)"),
        ev("e4", REMOTE, SUICIDE, JAD, civ("Indonesia"), wd("2021-03-28", "Sunday"), None, MAKASSAR, (2, 2),
           same_as="indonesia-makassar-cathedral-wire-2021-03-28/e1",
           note="recalled, about 20 wounded; bombers' deaths implied ('suicide bombing', 'the two bombers')"),
    ])
SET.accept(0, [BATTLES, VAC], [CLASH, ATTACK])

# 13. Indonesia, long-form analysis, 2021-04-03
P = "2021-04-03"
doc("indonesia-jad-analysis-2021-04-03", P, "Southeast Asia Review",
    "Analysis: Makassar and Jakarta attacks show Indonesia's IS network is down but not out", "long-form analysis",
    """JAKARTA (Southeast Asia Review) - Within four days, Indonesia saw a husband and wife blow themselves up outside a cathedral and a young woman walk into the national police headquarters with a gun. Neither attack killed anyone but the attackers. Both, experts say, bear the marks of a jihadist scene that has been badly weakened by arrests yet still produces small, desperate cells.

The first came on Palm Sunday, March 28, when the couple rode a motorcycle to the gate of the Sacred Heart of Jesus Cathedral in Makassar and detonated a pressure-cooker bomb, wounding about 20 people. Police say they were part of a Jamaah Ansharut Daulah (JAD) cell in South Sulawesi. On Wednesday afternoon a 25-year-old woman fired an air gun at officers at the national police headquarters in Jakarta before being shot dead.

The pattern recalls the worst wave the country has seen in a decade. On May 13, 2018, a family of six, parents and four children, attacked three churches in Surabaya within minutes of each other, killing at least 12 worshippers and themselves. The next morning, another family rode up to the gate of Surabaya's police headquarters on two motorcycles and set off bombs, killing four of its own members; an eight-year-old girl survived. Days earlier, on May 8, detained militants had seized the Mako Brimob police compound in Depok, near Jakarta, in a 36-hour standoff in which five counter-terrorism officers and one inmate died.

JAD first announced itself on January 14, 2016, when gunmen and suicide bombers attacked a police post and a coffee shop on Jalan Thamrin in central Jakarta, killing four civilians; all four attackers died.

Since 2018, a tougher anti-terror law has allowed police to detain suspects before any attack, and Densus 88 has arrested hundreds. That pressure, analysts say, explains why recent plots have been cruder, relied on family members and caused fewer casualties. But the use of women and couples worries officials. The Makassar bomber's wife, police say, wrote a farewell letter much like the one left by the Jakarta gunwoman.

Catholic leaders have asked the faithful not to be afraid, and Easter services this weekend will take place under heavy guard.
""",
    [
        ev("e1", REMOTE, SUICIDE, JAD, civ("Indonesia", "worshippers"), "2021-03-28", None, MAKASSAR, (2, 2),
           same_as="indonesia-makassar-cathedral-wire-2021-03-28/e1", note="recalled, 'March 28', about 20 wounded"),
        ev("e2", BATTLES, CLASH, actor("Unidentified gunwoman", "a 25-year-old woman", "woman", "gunwoman",
           "Jakarta gunwoman"), IDN_POLICE, wd("2021-03-31", "Wednesday"), None, MABES, (1, 1),
           same_as="indonesia-police-statement-2021-04-01/e1", note="recalled HQ shooting"),
        ev("e3", REMOTE, SUICIDE, JAD, civ("Indonesia", "worshippers", "churches"), "2018-05-13", None, SURABAYA,
           (18, 18), note="three churches in one city, one event; at least 12 + the six family members"),
        ev("e4", REMOTE, SUICIDE, JAD, IDN_POLICE, "2018-05-14", None,
           place(["Surabaya police headquarters", "Surabaya", "East Java"], "IDN", -7.262, 112.745), (4, 4),
           note="'the next morning'; four of the family died (the bombers themselves)"),
        ev("e5", RIOTS, MOB, actor("Prisoners (Indonesia)", "detained militants", "inmates", "militants"),
           IDN_POLICE, "2018-05-08", "2018-05-10", DEPOK, (6, 6), optional=True,
           note="Mako Brimob standoff, 36 hours from May 8; type unclear (riot, clash)"),
        ev("e6", REMOTE, SUICIDE, either(JAD, IS, actor("gunmen", "suicide bombers")),
           civ("Indonesia", "police post", "coffee shop"), "2016-01-14", None, THAMRIN, (8, 8),
           note="Thamrin attack: 4 civilians + 4 attackers; Armed clash/Attack also fair"),
    ])
SET.accept(4, [RIOTS, BATTLES], [MOB, VIOLENT, CLASH])
SET.accept(5, [REMOTE, VAC, BATTLES], [SUICIDE, ATTACK, CLASH])

# 14. DRC, wire, 2022-07-26
P = "2022-07-26"
doc("drc-monusco-protests-wire-2022-07-26", P, "Great Lakes Wire",
    "Three UN peacekeepers among 15 dead as anti-MONUSCO protests spread in eastern Congo", "wire",
    """GOMA, Democratic Republic of Congo, July 26 (Great Lakes Wire) - Three United Nations peacekeepers and at least 12 civilians were killed in eastern Congo on Tuesday as protests against the UN mission MONUSCO spread from Goma to the city of Butembo, government spokesman Patrick Muyaya said, adding that about 50 people were wounded.

In Butembo, demonstrators attacked a UN base, and two Indian peacekeepers and a Moroccan UN police officer were killed when assailants snatched weapons from Congolese police, the UN said. Seven protesters were killed in the city, a local official said, some of them by gunfire from inside the base.

In Goma, the North Kivu provincial capital, protesters returned to the streets on Tuesday for a second day; five people were killed, officials said, as police fired tear gas and live rounds and peacekeepers tried to hold the perimeter of the mission's compounds.

On Monday, crowds had broken into the MONUSCO headquarters and a logistics base in Goma, carrying off computers, furniture and fuel and setting fire to parts of the buildings, before staff were evacuated by helicopter. No deaths were reported on Monday.

Protesters accuse the mission, deployed for more than two decades, of failing to protect civilians from armed groups including the M23 rebels. UN Secretary-General Antonio Guterres condemned the killing of the peacekeepers.
""",
    [
        ev("e1", RIOTS, VIOLENT, DRC_PROT, MONUSCO, wd(P, "Tuesday"), None, BUTEMBO, (10, 10),
           note="3 UN personnel + 7 protesters (local official)"),
        ev("e2", RIOTS, VIOLENT, DRC_PROT, either(MONUSCO, actor("Police Forces of the Democratic Republic of Congo",
           "Congolese police", "police", code="COD")), P, None, GOMA, (5, 5),
           note="second day in Goma, five dead; Excessive force against protesters also fair"),
        ev("e3", STRAT, LOOT, DRC_PROT, MONUSCO, wd("2022-07-25", "Monday"), None,
           place(["MONUSCO headquarters", "Goma", "North Kivu"], "COD", -1.679, 29.228), (0, 0),
           note="base looted and partly burned; 'no deaths reported': 0; Riots accepted"),
        ev("e4", RIOTS, VIOLENT, DRC_PROT, MONUSCO, P, None, place(["eastern Congo", "North Kivu"], "COD"),
           (15, 15), optional=True, note="government aggregate over both cities"),
    ])
SET.accept(1, [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE])
SET.accept(2, [STRAT, RIOTS], [LOOT, VIOLENT])

# 15. Shiraz, wire, 2022-10-27
P = "2022-10-27"
doc("iran-shah-cheragh-wire-2022-10-27", P, "Persian Gulf Wire",
    "Gunman kills 15 at Iranian shrine; Islamic State claims attack amid protests", "wire",
    """DUBAI, Oct 27 (Persian Gulf Wire) - A gunman opened fire on worshippers at the Shah Cheragh shrine in the southern Iranian city of Shiraz on Wednesday evening, killing 15 people including a child, state media said, in an attack claimed by Islamic State.

The attacker walked into the shrine at the time of evening prayers and sprayed pilgrims with an assault rifle, the official IRNA news agency said. About 40 people were wounded. Security forces wounded and arrested him, the judiciary said; officials had earlier spoken of three attackers, two of whom were arrested. On Thursday morning the deputy governor of Fars province put the death toll at 13.

Islamic State's Amaq agency said one of its fighters had carried out the attack, a rare claim by the group inside Iran. President Ebrahim Raisi said the attack would not go unanswered and accused the country's enemies of stirring up unrest to pave the way for terrorism.

Earlier on Wednesday, thousands of people marched to the Aichi cemetery in Saqqez, in Kurdistan province, to mark 40 days since the death of a 22-year-old Kurdish woman in the custody of the morality police, which set off nationwide protests. Rights groups said security forces fired tear gas and shot at mourners on the road back into town; there was no confirmed toll.
""",
    [
        ev("e1", VAC, ATTACK, IS, civ("Iran", "worshippers", "pilgrims"), wd("2022-10-26", "Wednesday"), None,
           SHIRAZ, (13, 15), note="15 (state media), then 13 (deputy governor); the gunman survived, arrested"),
        ev("e2", PROTESTS, INTERVENTION, civ("Iran", "mourners", "protesters", "Protesters (Iran)"), IRN_SEC,
           "2022-10-26", None, SAQQEZ, None,
           note="40-day mourning march; tear gas and firing: Excessive force accepted; no toll"),
        ev("e3", STRAT, ARRESTS, IRN_SEC, IS, "2022-10-26", None, SHIRAZ, None, optional=True,
           note="gunman wounded and arrested at the scene (part of the attack for most coders)"),
    ])
DOCS[-1][1][1]["sub_event_type"] = [INTERVENTION, EXCESSIVE]

# 16. negative: Egypt-Ethiopia dam rhetoric, 2021-03-31
P = "2021-03-31"
doc("egypt-ethiopia-dam-warning-2021-03-31", P, "Nile Valley Politics",
    "Sisi warns of 'unimaginable instability' over Ethiopian dam; Addis says filling will go ahead",
    "politics (negative: threats and rhetoric)",
    """CAIRO (Nile Valley Politics) - President Abdel Fattah al-Sisi warned on Tuesday that no one would be allowed to take a drop of Egypt's water, saying any harm to its share of the Nile would cause instability in the region that no one could imagine, in his sharpest remarks yet on Ethiopia's giant dam.

Speaking in Ismailia after the container ship that had blocked the Suez Canal for nearly a week was refloated, Sisi said Egypt's water was a red line and that he was not threatening anyone. Cairo has long said it prefers diplomacy, but commentators on pro-government television spoke of a battle for survival, and one retired general said the country could strike the dam if talks failed.

Ethiopia's foreign ministry responded that the second filling of the reservoir would go ahead in July as planned, calling the Egyptian rhetoric an attack on Ethiopia's sovereign right to develop. Sudan, which fears for its own dams downstream, proposed mediation by the United States, the European Union, the United Nations and the African Union, an idea Addis Ababa has rejected.

Talks brokered by the African Union collapsed in January. Analysts in Cairo said a military option remained unlikely because of distance and the risk of flooding Sudan, describing the president's words as a warning shot aimed at rallying international pressure before the rainy season.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

"""Write demo/fresh5/docs.jsonl and demo/fresh5/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh5/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public incidents
(2015-2024) in Turkey, Syria, Lebanon/Israel, Kosovo and Ukraine, in our own words, written as of their
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

from gold_kit import ABDUCT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, IED, INTERVENTION, MISSILE, MOB, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT  # noqa: E402  (taxonomy names)
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


# ---- actors -------------------------------------------------------------------------------------
TUR = actor("Military Forces of Turkey", "Military Forces of Turkey (2014-)", "Turkey", "Turkish military",
            "Turkish armed forces", "Turkish forces", "Turkish jets", "Turkish warplanes", "Turkish air force",
            "Turkish army", "Turkish troops", "Turkish F-16s", "Ankara", "Turkish soldiers", code="TUR")
TUR_POLICE = actor("Police Forces of Turkey", "Police Forces of Turkey (2014-)", "Turkish police", "police",
                   "police officers", "policemen", code="TUR")
IS = actor("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (ISIS)", "jihadists", "militants",
           "suicide bomber")
PKK = actor("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party", "HPG", "People's Defence Forces",
            "PKK militants", "Kurdish militants", "militants")
YPG = actor("YPG", "People's Protection Units", "Kurdish fighters", "Kurdish militia")
ISR = actor("Military Forces of Israel", "Military Forces of Israel (2022-)", "Israel", "Israeli military",
            "Israeli army", "IDF", "Israel Defense Forces", "Israeli jets", "Israeli drone", "Israeli warplanes",
            "Israeli forces", "Israeli air force", "the Israeli side", code="ISR")
HEZ = actor("Hezbollah", "Hizbollah", "Hizballah", "Lebanese Hezbollah", "Islamic Resistance in Lebanon",
            "Radwan Force", "the Iran-backed group", code="LBN", backer="IRN")
HAMAS = actor("Hamas", "Hamas movement", "Ezzedine al-Qassam Brigades", "Qassam Brigades", "Palestinian militants")
USA = actor("Military Forces of the United States", "United States", "US military", "U.S. military",
            "US forces", "American forces", "US troops", "Pentagon", "US F-16s", "US jets", "Washington",
            "coalition forces", "US-led coalition", code="USA")
IRI = actor("Islamic Resistance in Iraq", "Iran-backed militias", "Iranian-backed militia groups",
            "Iran-backed groups", "militias", "Iraqi militias", backer="IRN")
IRGC = actor("IRGC", "Islamic Revolutionary Guard Corps", "Revolutionary Guards", "Iran's Revolutionary Guards",
             "Military Forces of Iran", "Iran", "Iran-backed groups", code="IRN")
KFOR = actor("KFOR", "NATO-led peacekeepers", "NATO peacekeepers", "Kosovo Force", "NATO troops",
             "peacekeepers", "Italian and Hungarian soldiers")
KOS_POLICE = actor("Police Forces of Kosovo", "Kosovo police", "Kosovo Police", "police", "special police",
                   "Pristina", "Kosovar police", code="XKX")
SERB_PROT = actor("Protesters (Kosovo)", "Serb protesters", "ethnic Serbs", "Kosovo Serbs", "protesters",
                  "rioters", "Serbs", "crowd")
SERB_GUNMEN = actor("Serb gunmen", "gunmen", "armed Serbs", "attackers", "paramilitaries", "Milan Radoicic",
                    "armed group", "Unidentified Armed Group (Kosovo)")
SRB_POLICE = actor("Police Forces of Serbia", "Serbian police", "Serbian security forces", "Serbia",
                   "Belgrade", "Serbian authorities", code="SRB")
RUS = actor("Military Forces of Russia", "Military Forces of Russia (2000-)", "Russia", "Russian military",
            "Russian forces", "Moscow", "Russian defence ministry", "Russian army", "Donetsk separatists",
            "DPR", "Russian-backed separatists", code="RUS")
UKR = actor("Military Forces of Ukraine", "Military Forces of Ukraine (2019-)", "Ukraine", "Ukrainian military",
            "Ukrainian forces", "Ukrainian army", "Kyiv", "Ukrainian artillery", code="UKR")


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


# ---- places --------------------------------------------------------------------------------------
SURUC = place(["Suruc", "Suruç", "Amara Cultural Centre", "Amara Culture Centre", "Sanliurfa province",
               "Şanlıurfa"], "TUR", 36.976, 38.425)
KOBANI = place(["Kobani", "Kobane", "Ain al-Arab", "Ayn al-Arab"], "SYR", 36.891, 38.354)
CEYLAN = place(["Ceylanpinar", "Ceylanpınar", "Sanliurfa province"], "TUR", 36.846, 40.050)
ELBEYLI = place(["Elbeyli", "Kilis", "Kilis province", "Elbeyli border post"], "TUR", 36.676, 37.466)
IS_SYRIA = place(["northern Syria", "Syria", "across the border from Kilis", "Havar"], "SYR")
IRAQ_CAMPS = place(["northern Iraq", "Qandil", "Qandil mountains", "Zap", "Avasin-Basyan", "Iraqi Kurdistan"],
                   "IRQ")
TURKEY = place(["Turkey", "13 provinces", "Istanbul"], "TUR")
DAHIYEH = place(["Musharrafieh", "Dahiyeh", "Dahieh", "southern suburbs of Beirut", "Beirut"], "LBN", 33.860, 35.500)
MERON = place(["Mount Meron", "Meron", "Meron air control base", "Jarmaq", "northern Israel"], "ISR", 33.000, 35.410)
S_LEBANON = place(["southern Lebanon", "south Lebanon", "Lebanon"], "LBN")
KHIRBET_SELM = place(["Khirbet Selm", "Kherbet Selem", "Khirbet Silm", "southern Lebanon"], "LBN", 33.180, 35.440)
SAFED = place(["Safed", "Tzfat", "Zefat", "Northern Command", "northern Israel"], "ISR", 32.965, 35.496)
TANF = place(["al-Tanf", "Al Tanf", "Tanf garrison", "At Tanf", "southeastern Syria"], "SYR", 33.500, 38.650)
ALBUKAMAL = place(["Albu Kamal", "Abu Kamal", "Al Bukamal", "Deir ez-Zor province", "eastern Syria"], "SYR",
                  34.450, 40.920)
ZVECAN = place(["Zvecan", "Zvečan", "Zveçan", "northern Kosovo"], "XKX", 42.910, 20.840)
BANJSKA = place(["Banjska", "Banjskë", "Banjska monastery", "Zvecan", "northern Kosovo"], "XKX", 42.960, 20.780)
N_MITROVICA = place(["North Mitrovica", "Mitrovica", "northern Kosovo"], "XKX", 42.890, 20.870)
BORDER_KS = place(["Kosovo-Serbia boundary", "Leposavic", "Raska", "Gnjilica", "central Serbia"], "SRB")
VARAGE = place(["Varage", "Zubin Potok", "Ibar-Lepenac canal", "northern Kosovo"], "XKX", 42.915, 20.690)
OLENIVKA = place(["Olenivka", "Olenovka", "Olenivka prison colony", "Donetsk region", "Donetsk"], "UKR",
                 47.840, 37.680)

# =========================================================================================================
# 1. Suruc, wire, 2015-07-20
P = "2015-07-20"
doc("turkey-suruc-bombing-wire-2015-07-20", P, "Anatolian Wire Desk",
    "Suspected suicide bombing kills at least 30 young activists in Turkish border town", "wire",
    """SURUC, Turkey, July 20 (Anatolian Wire Desk) - At least 30 people were killed and about 100 wounded on Monday when a bomb ripped through a gathering of young socialist activists in the Turkish border town of Suruc, a few kilometres from the Syrian town of Kobani, officials said.

The blast hit the garden of the Amara Cultural Centre shortly after midday, as some 300 members of the Federation of Socialist Youth Associations were giving a press statement before crossing into Syria to help rebuild Kobani, which Kurdish fighters recaptured from Islamic State in January. Footage broadcast by local television showed bodies lying under the trees and young people screaming as a fireball rose behind a group holding a banner.

Prime Minister Ahmet Davutoglu said initial findings pointed to a suicide bomber and that there were strong indications the attack was linked to Islamic State, though no group had claimed it by Monday evening. The Sanliurfa governor's office put the toll at 30 dead, saying the bomber was also killed; several of the wounded were in a serious condition in hospitals in Suruc and Sanliurfa.

Within hours, Kurdish fighters in Syria said a car bomb had exploded at a checkpoint south of Kobani the same day, killing two members of the YPG militia. The Kurdish militia blamed Islamic State.

Pro-Kurdish politicians accused the government of failing to stop jihadists crossing the long frontier, a charge Ankara rejects. Protesters gathered in Istanbul in the evening, and police fired tear gas to disperse them.
""",
    [
        ev("e1", REMOTE, SUICIDE, IS, civ("Turkey", "activists", "young activists",
           "Federation of Socialist Youth Associations", "SGDF", "students"), wd(P, "Monday"), None, SURUC, (31, 31),
           note="30 dead per the governor + the bomber (the text says the bomber was also killed); about 100 wounded"),
        ev("e2", REMOTE, [SUICIDE, IED], IS, YPG, P, None,
           place(["checkpoint south of Kobani", "Kobani", "Kobane"], "SYR", 36.891, 38.354), (2, 2), optional=True,
           note="car bomb at a Kobani checkpoint the same day; vehicle-borne, driver's fate not stated"),
        ev("e3", PROTESTS, INTERVENTION, civ("Turkey", "protesters", "Protesters (Turkey)"), TUR_POLICE, P, None,
           place(["Istanbul"], "TUR", 41.008, 28.978), None, optional=True,
           note="evening protest in Istanbul dispersed with tear gas"),
    ])

# 2. Ceylanpinar, garbled copy, 2015-07-23
P = "2015-07-23"
doc("turkey-ceylanpinar-police-garbled-2015-07-23", P, "Newsfeed Turkiye Today",
    "2 policemans found shot in Ceylanpinar, PKK claim is revenge of Suruc", "garbled copy",
    """Two police officer were found dead in the Ceylanpinar district of Sanliurfa on Wednesday, they were shot in the head inside the house where they are living near the Syria border, the officials has announced.

The police mans, which were aged 22 and 24, worked in the traffic unit according to reports. The militants carried out an offensive on them during the morning hours while they slept, the local sources told.

The armed wing of Kurdistan Workers Party (PKK), the HPG, claimed the killing in statement on the website, saying it was a punishment action to avenge the massacre of Suruc because the police was cooperating with Daesh gangs. The government is strongly rejecting this claim and say terrorists will pay heavy price.

It is recalled that on Monday 20 July a suicide attacker blown himself up in garden of Amara culture center in Suruc where young people from the socialist federation was gathering to go Kobane for rebuilding of toys and park, and the death toll from that has now risen up to 32 persons, the health ministry said, with many still in hospital. The official said the bomber was a 20-year-old Turkish man from Adiyaman who was believed to have crossed to Syria and came back.

Turkish media is reporting the security forces are now on high alert in the South-East, and the peace process with the PKK is looking in danger very much after this developments, the analysts say.

Source link
Share this:
""",
    [
        ev("e1", VAC, ATTACK, PKK, TUR_POLICE, wd("2015-07-22", "Wednesday"), None, CEYLAN, (2, 2),
           responds_to=["turkey-suruc-bombing-wire-2015-07-20/e1"],
           note="two policemen shot dead at home; HPG claim 'to avenge the massacre of Suruc' (cross-report link). "
                "Victims are police at home: Attack on (off-duty) security forces; Armed clash not accepted"),
        ev("e2", REMOTE, SUICIDE, IS, civ("Turkey", "young people", "activists"), wd("2015-07-20", "Monday"), None,
           SURUC, (32, 33), same_as="turkey-suruc-bombing-wire-2015-07-20/e1",
           note="recalled: toll 'risen up to 32', bomber's death stated ('blown himself up'): 32 + 1; low 32 in case "
                "the 32 includes him"),
    ])

# 3. Turkish jets hit IS, wire, 2015-07-24
P = "2015-07-24"
doc("turkey-jets-hit-isis-wire-2015-07-24", P, "Anatolian Wire Desk",
    "Turkish jets strike Islamic State in Syria after soldier killed at border", "wire",
    """ANKARA, July 24 (Anatolian Wire Desk) - Turkish F-16 fighter jets struck Islamic State targets inside Syria early on Friday, the government said, a day after militants fired across the border and killed a Turkish soldier, in Ankara's first acknowledged air strikes against the group.

Three jets took off from the Diyarbakir air base and hit three targets - two command centres and a gathering point - across the border from the Kilis province at about 3:40 a.m. (0040 GMT), using guided bombs without entering Syrian airspace, the prime minister's office said. Prime Minister Ahmet Davutoglu said the operation had been launched in response to Thursday's attack and would continue if Turkey's security were threatened. No casualty figures were given; a pro-government newspaper said about 35 militants had been killed, which could not be verified.

On Thursday, five Islamic State fighters opened fire from the Syrian side on a Turkish military post near Elbeyli in Kilis, killing a non-commissioned officer and wounding two soldiers, the army said. Turkish tanks returned fire, killing one militant, and the army said it had hit IS positions with artillery.

Separately, about 5,000 police officers backed by helicopters took part in dawn raids in Istanbul and 12 other provinces on Friday, detaining 297 people suspected of links to Islamic State, the PKK and a far-left group, the interior ministry said.

Officials also confirmed on Friday that Turkey had agreed to let the United States use the Incirlik air base for operations against the jihadists, ending months of negotiations.

The moves come days after Monday's suicide bombing in Suruc and the killing of two policemen in Ceylanpinar on Wednesday, which the PKK said was revenge for Suruc.
""",
    [
        ev("e1", REMOTE, AIR, TUR, IS, wd(P, "Friday"), None, IS_SYRIA, None, responds_to=["e2"],
           note="first acknowledged strikes 'in response to Thursday's attack'; 35 dead is an unverified claim: null"),
        ev("e2", BATTLES, CLASH, IS, TUR, wd("2015-07-23", "Thursday"), None, ELBEYLI, (2, 2),
           note="IS fire on the Elbeyli post: 1 soldier killed, 2 wounded; return fire killed 1 militant = 2"),
        ev("e3", STRAT, ARRESTS, TUR_POLICE, actor("suspects", "suspected militants", "civilians"), P, None, TURKEY,
           None, optional=True, note="297 detained in 13 provinces"),
        ev("e4", VAC, ATTACK, PKK, TUR_POLICE, "2015-07-22", None, CEYLAN, None, optional=True,
           same_as="turkey-ceylanpinar-police-garbled-2015-07-23/e1",
           note="recalled in one clause ('the killing of two policemen'); no toll coded"),
    ])

# 4. PKK camps, wire brief, 2015-07-25
P = "2015-07-25"
doc("turkey-pkk-camps-brief-2015-07-25", P, "Levant Briefs",
    "Turkey bombs PKK camps in Iraq, second wave on IS", "wire brief",
    """ANKARA (Levant Briefs) - Turkish warplanes bombed Kurdistan Workers' Party (PKK) camps in northern Iraq overnight and hit Islamic State in Syria for a second time, the prime minister's office said on Saturday.

Targets included shelters, depots and caves in the Qandil mountains, Zap and Avasin-Basyan, the statement said. Prime Minister Ahmet Davutoglu said the strikes answered the killing of two policemen in Ceylanpinar on Wednesday, claimed by the PKK, and Thursday's deadly fire by Islamic State on a border post in Kilis.

A PKK-linked website said the strikes meant the two-year ceasefire had "lost all meaning". No casualty figures were released.
""",
    [
        ev("e1", REMOTE, AIR, TUR, PKK, "2015-07-24", P, IRAQ_CAMPS, None,
           responds_to=["turkey-ceylanpinar-police-garbled-2015-07-23/e1"],
           note="overnight (Friday-Saturday) strikes on PKK camps, 'answered' the Ceylanpinar killing (cross-report)"),
        ev("e2", REMOTE, AIR, TUR, IS, "2015-07-24", P, IS_SYRIA, None,
           responds_to=["turkey-jets-hit-isis-wire-2015-07-24/e2"],
           note="second wave on IS overnight; 'answered ... Thursday's deadly fire' on the Kilis post (cross-report)"),
        ev("e3", VAC, ATTACK, PKK, TUR_POLICE, wd("2015-07-22", "Wednesday"), None, CEYLAN, None,
           same_as="turkey-ceylanpinar-police-garbled-2015-07-23/e1", optional=True,
           note="recalled killing of two policemen"),
        ev("e4", BATTLES, CLASH, IS, TUR, wd("2015-07-23", "Thursday"), None, ELBEYLI, None,
           same_as="turkey-jets-hit-isis-wire-2015-07-24/e2", optional=True, note="recalled border fire"),
    ])

# 5. Arouri, wire, 2024-01-02
P = "2024-01-02"
doc("lebanon-arouri-strike-wire-2024-01-02", P, "Cedar Coast Wire",
    "Senior Hamas leader al-Arouri killed in blast in Beirut's southern suburbs", "wire",
    """BEIRUT, Jan 2 (Cedar Coast Wire) - Saleh al-Arouri, the deputy head of Hamas's political bureau, was killed on Tuesday evening when an explosion tore through an apartment in Beirut's southern suburbs, a stronghold of the Iran-backed Hezbollah, Hamas and Lebanese security sources said.

Lebanon's state news agency said an Israeli drone had struck the office in the Musharrafieh neighbourhood of the Dahiyeh, killing six people. Hamas later said seven had died, including Arouri and two commanders of its armed wing, the Ezzedine al-Qassam Brigades. Images from the scene showed a gutted floor of a residential building and burned cars in the street below.

Israel's military did not comment directly. A spokesman said the army remained "highly prepared" for any scenario, while an adviser to Prime Minister Benjamin Netanyahu said that whoever carried out the strike had hit the Hamas leadership, not Lebanon.

Arouri, 57, was a founder of Hamas's armed wing in the occupied West Bank and the group's main link to Hezbollah. It was the first strike on Beirut since fighting flared on the Lebanon-Israel border after the October 7 Hamas attack on Israel.

Lebanon's caretaker prime minister Najib Mikati condemned what he called a new Israeli crime aimed at dragging Lebanon into the war. Hezbollah said the killing would not go unpunished, calling it a serious assault on Lebanon, and its leader Hassan Nasrallah is due to speak on Wednesday.
""",
    [
        ev("e1", REMOTE, AIR, ISR, either(HAMAS, actor("Saleh al-Arouri", "Arouri")), wd(P, "Tuesday"), None,
           DAHIYEH, (6, 7), note="drone strike killing Arouri; state media 6, Hamas 7"),
    ])

# 6. Meron, live blog, 2024-01-06
P = "2024-01-06"
doc("israel-lebanon-meron-liveblog-2024-01-06", P, "Harbour Live",
    "Live: Hezbollah fires rockets at Meron base, calls it first response to Arouri killing", "live blog",
    """Israel-Lebanon border: live updates

14:10 GMT - The Israeli army says fighter jets and artillery struck the Hezbollah squad that carried out this morning's launches, as well as other "terror infrastructure" in southern Lebanon, in response to the barrage. No details of casualties on the Lebanese side yet.

12:35 GMT - Lebanese media report Israeli shelling on the outskirts of several border villages in the south. We are trying to confirm.

10:50 GMT - Hezbollah statement, paraphrased: its fighters targeted the Meron air control base on the mountain of the same name with 62 rockets of various types as an "initial response" to the assassination of Hamas deputy leader Saleh al-Arouri in Beirut on Tuesday. The group says it scored direct hits.

09:40 GMT - The Israeli military says about 40 launches were identified crossing from Lebanon towards the Meron area. It says one of its aerial control bases was targeted but makes no mention of damage. No injuries reported by Israel's ambulance service.

08:15 GMT - Sirens sounding across the Upper Galilee and in Safed. Residents report loud explosions.

What we know so far

- Tuesday's strike in the Musharrafieh area of the Dahiyeh killed Arouri and six other people, among them two Qassam Brigades commanders. Israel has not claimed it.
- Hezbollah's leader Hassan Nasrallah warned in speeches on Wednesday and Friday that the killing would not go unanswered.
- Cross-border exchanges have continued almost daily since October 8.
""",
    [
        ev("e1", REMOTE, MISSILE, HEZ, ISR, wd(P, "Saturday"), None, MERON, (0, 0),
           responds_to=["lebanon-arouri-strike-wire-2024-01-02/e1"],
           note="62 rockets (Hezbollah) / ~40 launches (IDF) on the Meron base, 'initial response' to Arouri "
                "(cross-report); 'no injuries reported': 0"),
        ev("e2", REMOTE, [AIR, MISSILE], ISR, HEZ, P, None, S_LEBANON, None, responds_to=["e1"],
           note="jets and artillery on the launch squad 'in response to the barrage'"),
        ev("e3", REMOTE, MISSILE, ISR, civ("Lebanon"), P, None, S_LEBANON, None, optional=True,
           note="unconfirmed shelling of the outskirts of border villages"),
        ev("e4", REMOTE, AIR, ISR, either(HAMAS, actor("Saleh al-Arouri")), wd("2024-01-02", "Tuesday"), None,
           DAHIYEH, (7, 7), same_as="lebanon-arouri-strike-wire-2024-01-02/e1",
           note="recalled: Arouri and six others = 7"),
    ])

# 7. Tawil, garbled copy, 2024-01-08
P = "2024-01-08"
doc("lebanon-tawil-killed-garbled-2024-01-08", P, "MidEast Instant News",
    "Hezbollah elite commander killed by israel strike on car in south lebanon", "garbled copy",
    """A senior commander of the Hezbollah elite Radwan forces was killed on Monday by an Israeli strike which targeted his vehicle in the village of Khirbet Selm in south Lebanon, the security source are saying, in what is the most high-rank Hezbollah loss since the border hostilities has begun three month ago.

Wissam al-Tawil, known also by the name of al-Hajj Jawad, was driving the car when a drone of Israeli occupation carried out an airborne offensive on it, two security sources told. Another man which was with him in the car also died according to some report, but Hezbollah announced only the death of Tawil and mourned him as martyr on the road to Jerusalem.

The Israeli military did not comment immediately on this strike. Tawil had taking part in many operations of the group during years, the sources said.

The assassination take place two days after Hezbollah was firing dozens rockets on the Meron air surveillance base in the north of Israel on Saturday, which the party called as first response for the killing of the Hamas official Saleh al-Arouri in Beirut, and after Israel have hit back on the south. No injuries were reported in Israel from the Saturday rockets.

Lebanese officials is fearing that the war widen to all Lebanon, as the USA envoy Amos Hochstein expected in Beirut this week.

Share this:
Related posts
""",
    [
        ev("e1", REMOTE, AIR, ISR, either(HEZ, actor("Wissam al-Tawil", "al-Hajj Jawad", "Tawil")),
           wd(P, "Monday"), None, KHIRBET_SELM, (1, 2),
           note="drone strike on Tawil's car; second man 'according to some report': 1-2. The text only says "
                "'two days after' the Meron rockets: no link"),
        ev("e2", REMOTE, MISSILE, HEZ, ISR, wd("2024-01-06", "Saturday"), None, MERON, (0, 0),
           responds_to=["lebanon-arouri-strike-wire-2024-01-02/e1"],
           same_as="israel-lebanon-meron-liveblog-2024-01-06/e1",
           note="recalled rockets on Meron, 'first response for the killing' of Arouri (cross-report link)"),
        ev("e3", REMOTE, [AIR, MISSILE], ISR, HEZ, "2024-01-06", None, S_LEBANON, None, optional=True,
           same_as="israel-lebanon-meron-liveblog-2024-01-06/e2", note="'Israel have hit back on the south'"),
    ])

# 8. Safed, wire brief, 2024-01-09
P = "2024-01-09"
doc("israel-safed-drone-brief-2024-01-09", P, "Levant Briefs",
    "Hezbollah drones target Israeli army's northern command in Safed", "wire brief",
    """JERUSALEM (Levant Briefs) - Hezbollah said on Tuesday it had attacked the headquarters of the Israeli army's Northern Command in Safed with explosive drones, in response to the killings of Hamas deputy chief Saleh al-Arouri in Beirut last week and of its own commander Wissam al-Tawil in south Lebanon on Monday.

The Israeli military said a drone had fallen inside a base in northern Israel, causing no casualties and no damage. It said its jets later struck Hezbollah military sites in southern Lebanon in response.

It was the deepest Hezbollah attack inside Israel since the cross-border exchanges began in October.
""",
    [
        ev("e1", REMOTE, AIR, HEZ, ISR, wd(P, "Tuesday"), None, SAFED, (0, 0),
           responds_to=["lebanon-tawil-killed-garbled-2024-01-08/e1", "lebanon-arouri-strike-wire-2024-01-02/e1"],
           note="drones on the Northern Command base 'in response to' both killings (two cross-report links)"),
        ev("e2", REMOTE, AIR, ISR, HEZ, P, None, S_LEBANON, None, responds_to=["e1"],
           note="jets struck Hezbollah sites 'in response'"),
        ev("e3", REMOTE, AIR, ISR, either(HEZ, actor("Wissam al-Tawil")), wd("2024-01-08", "Monday"), None,
           KHIRBET_SELM, None, same_as="lebanon-tawil-killed-garbled-2024-01-08/e1", optional=True,
           note="recalled killing of Tawil (place 'south Lebanon' only)"),
    ])

# 9. Tanf, wire brief, 2023-10-19
P = "2023-10-19"
doc("syria-tanf-drones-brief-2023-10-19", P, "Capital Defense Briefs",
    "Drones target US troops at Tanf garrison in Syria", "wire brief",
    """WASHINGTON (Capital Defense Briefs) - Two one-way attack drones targeted the al-Tanf garrison in southeastern Syria on Wednesday, where US troops train local fighters, the Pentagon said. US forces shot down one drone; the other struck the base, causing minor injuries to several coalition personnel, a spokesman said, without giving a number.

A group calling itself the Islamic Resistance in Iraq, an umbrella of Iran-backed militias, claimed the attack. Officials said it followed drone attacks on bases hosting US troops in Iraq on Tuesday, which caused no casualties. Washington has warned Tehran against widening the Gaza war.
""",
    [
        ev("e1", REMOTE, AIR, IRI, USA, wd("2023-10-18", "Wednesday"), None, TANF, (0, 0),
           note="drone attack on Tanf, minor injuries only: 0 dead"),
        ev("e2", REMOTE, AIR, IRI, USA, wd("2023-10-17", "Tuesday"), None, place(["Iraq"], "IRQ"), (0, 0),
           optional=True, note="Tuesday's drone attacks on bases in Iraq (unnamed); 'no casualties'"),
    ])

# 10. Albu Kamal, wire with statement, 2023-10-27
P = "2023-10-27"
doc("syria-albukamal-us-strikes-wire-2023-10-27", P, "Capital Defense Briefs",
    "US jets hit Iran-linked sites in eastern Syria after attacks on American troops", "wire",
    """WASHINGTON, Oct 27 (Capital Defense Briefs) - US F-16 fighter jets struck two facilities in eastern Syria used by Iran's Revolutionary Guards and affiliated groups, the Pentagon said, in response to a string of drone and rocket attacks on American troops in Iraq and Syria over the past ten days.

The strikes hit a weapons storage facility and an ammunition storage site near Albu Kamal, close to the Iraqi border, at about 4:30 a.m. local time on Friday, a senior defence official told reporters. Defense Secretary Lloyd Austin said in a statement that the "narrowly tailored" self-defence strikes were separate from, and did not mark a shift in approach to, the conflict between Israel and Hamas. He said the attacks on US forces must stop and that Washington would take further measures if they did not.

Officials did not give any casualty figure for the strikes.

According to the Pentagon, US and coalition forces have come under attack at least 19 times in Iraq and Syria since October 17. The tally of wounded has risen to 21 service members, all with minor injuries, most of them suffered at the al-Tanf garrison in Syria on October 18, when one of two drones got through the base's air defences. Officials said a US contractor died of a cardiac incident while sheltering during a false alarm at a base in Iraq.

Iraq's Islamic Resistance, which has claimed most of the attacks, said it would continue them as long as Washington backed Israel's offensive in Gaza.
""",
    [
        ev("e1", REMOTE, AIR, USA, IRGC, wd(P, "Friday"), None, ALBUKAMAL, None,
           responds_to=["syria-tanf-drones-brief-2023-10-19/e1"],
           note="two facilities near Albu Kamal, 'in response to' the attacks since Oct 17, of which the Tanf drone "
                "attack is named (cross-report link); no toll"),
        ev("e2", REMOTE, AIR, IRI, USA, "2023-10-18", None, TANF, (0, 0),
           same_as="syria-tanf-drones-brief-2023-10-19/e1", note="Tanf recalled with 'minor injuries'"),
    ])

# 11. Zvecan, wire, 2023-05-29
P = "2023-05-29"
doc("kosovo-zvecan-clashes-wire-2023-05-29", P, "Danube Press Agency",
    "NATO peacekeepers hurt as Serbs clash with troops in northern Kosovo", "wire",
    """ZVECAN, Kosovo, May 29 (Danube Press Agency) - Around 25 NATO peacekeepers were injured on Monday when ethnic Serb protesters clashed with troops guarding a town hall in northern Kosovo, the alliance's mission said, in some of the worst violence in the region in a decade.

Serbs had gathered outside the municipal building in Zvecan to demand that an ethnic Albanian mayor, who took office last week after local elections boycotted by Serbs, be removed. Soldiers of the NATO-led KFOR force in riot gear, most of them Italian and Hungarian, formed a cordon and fired tear gas and stun grenades; protesters threw rocks, bottles and petrol bombs, and several vehicles were set on fire. Some of the soldiers had fractures and burns, KFOR said, calling the attacks unprovoked. Hungary's government said seven of its soldiers had been seriously hurt.

Serbian President Aleksandar Vucic, who had put the army on the highest state of combat readiness, said 52 Serbs had been injured, three of them seriously.

The protests were triggered on Friday, when Kosovo police escorted newly elected Albanian mayors into municipal buildings in Zvecan, Leposavic and Zubin Potok. In Zvecan on Friday police fired tear gas at a crowd that tried to block them, and some cars were torched.

The elections in April drew a turnout of less than 4 percent after the main Serb party called a boycott. The United States and the European Union criticised Prime Minister Albin Kurti's government for forcing the mayors in, saying it had raised tensions.
""",
    [
        ev("e1", RIOTS, VIOLENT, SERB_PROT, KFOR, wd(P, "Monday"), None, ZVECAN, (0, 0), responds_to=["e2"],
           note="violent protest against KFOR: ~25 soldiers and 52 Serbs injured, no deaths stated (coded 0; a coder "
                "might leave null). 'The protests were triggered on Friday' by the mayors' installation: link"),
        ev("e2", PROTESTS, INTERVENTION, SERB_PROT, KOS_POLICE, wd("2023-05-26", "Friday"), None, ZVECAN, None,
           note="Friday: police fired tear gas at a crowd blocking the mayors (cars torched); accepts Riots too",
           **{}),
    ])
SET.accept(1, [PROTESTS, RIOTS], [INTERVENTION, VIOLENT])
SET.accept(0, [RIOTS, PROTESTS], [VIOLENT, INTERVENTION])

# 12. Banjska, wire brief, 2023-09-24
P = "2023-09-24"
doc("kosovo-banjska-ambush-brief-2023-09-24", P, "Danube Press Agency",
    "Kosovo police officer killed in ambush in north", "wire brief",
    """PRISTINA (Danube Press Agency) - A Kosovo police officer was killed and another wounded early on Sunday when a patrol was attacked by some 30 masked gunmen near the village of Banjska in the north, officials said.

The officers had been sent to a bridge blocked by two trucks without licence plates when they came under fire from several positions, including with hand grenades, police said. The attackers then barricaded themselves inside the Serbian Orthodox monastery in Banjska, where special police units were besieging them on Sunday morning.

Prime Minister Albin Kurti blamed organised crime "backed politically and financially" by Belgrade. Serbia has not commented.
""",
    [
        ev("e1", BATTLES, CLASH, SERB_GUNMEN, KOS_POLICE, wd(P, "Sunday"), None, BANJSKA, (1, 1),
           note="early-morning ambush, 1 officer killed and 1 wounded (siege ongoing); accepts Attack too"),
    ])
SET.accept(0, [BATTLES, VAC], [CLASH, ATTACK])

# 13. Kosovo analysis, 2024-12-02
P = "2024-12-02"
doc("kosovo-canal-blast-analysis-2024-12-02", P, "Balkan Ledger Review",
    "Analysis: a canal blast and a long year of tit-for-tat in Kosovo's north", "long-form analysis",
    """Late on Friday an explosion tore a hole in a concrete section of the Ibar-Lepenac canal near the village of Varage, in Zubin Potok, cutting part of the water supply to much of Kosovo and the cooling water of its two main power plants. Nobody was hurt. Prime Minister Albin Kurti called it an act of terrorism carried out by "gangs" directed from Belgrade; Serbian President Aleksandar Vucic denied any role and suggested Pristina had staged it. Police said on Saturday they had arrested eight people in the north, without naming them.

Whoever was behind it, the blast fits a pattern that has made the Serb-majority north the most volatile corner of the Balkans.

The cycle began in earnest in the spring of 2023. After Serbs boycotted local elections, Kosovo police escorted ethnic Albanian mayors into town halls on May 26. Three days later, on May 29, Serb crowds outside the Zvecan municipal building attacked KFOR peacekeepers with rocks and petrol bombs; NATO's final count was 93 soldiers injured, some badly.

On June 13 Kosovo police arrested Milun Milenkovic, a local Serb they accused of leading the Zvecan violence, in North Mitrovica. The next day, Serbian security forces detained three Kosovo police officers near the boundary. Belgrade said they had crossed into Serbia; Pristina said they had been kidnapped inside Kosovo in retaliation for Milenkovic's arrest. They were released about two weeks later.

Then came Banjska. Before dawn on September 24, 2023, a heavily armed Serb group ambushed a police patrol near the village, killing Sergeant Afrim Bunjaku, and occupied the monastery. In a day-long gunfight, police killed three of the attackers; the rest fled to Serbia. Milan Radoicic, then deputy leader of the main Belgrade-backed Serb party, said he had organised the operation. Weapons seized afterwards included armoured vehicles and rocket launchers.

Pristina has since closed Serbian-run offices in the north and banned the Serbian dinar, steps it presents as restoring state authority and that Serbs see as pressure to leave. Diplomats worry that the canal attack will be followed by another round of moves and countermoves.
""",
    [
        ev("e1", STRAT, "Looting/property destruction", actor("unidentified armed group", "Unidentified Armed Group (Kosovo)",
           "gangs", "saboteurs", "Serbia", "Belgrade"), None, wd("2024-11-29", "Friday"), None, VARAGE, (0, 0),
           note="explosion on the canal, 'nobody was hurt'; accepts Remote explosive too"),
        ev("e2", STRAT, ARRESTS, KOS_POLICE, actor("suspects", "eight people", "Serbs"), wd("2024-11-30", "Saturday"),
           None, place(["northern Kosovo"], "XKX"), None, optional=True, note="eight arrested"),
        ev("e3", PROTESTS, INTERVENTION, SERB_PROT, KOS_POLICE, "2023-05-26", None,
           place(["northern Kosovo", "Zvecan", "Leposavic", "Zubin Potok"], "XKX"), None, optional=True,
           same_as="kosovo-zvecan-clashes-wire-2023-05-29/e2",
           note="only 'police escorted mayors into town halls': no clash stated here, optional"),
        ev("e4", RIOTS, VIOLENT, SERB_PROT, KFOR, "2023-05-29", None, ZVECAN, (0, 0),
           same_as="kosovo-zvecan-clashes-wire-2023-05-29/e1", note="93 KFOR injured, no deaths"),
        ev("e5", STRAT, ARRESTS, KOS_POLICE, actor("Milun Milenkovic", "Serbs"), "2023-06-13", None, N_MITROVICA,
           None, note="arrest of the alleged Zvecan ringleader"),
        ev("e6", VAC, ABDUCT, SRB_POLICE, KOS_POLICE, "2023-06-14", None, BORDER_KS, None, responds_to=["e5"],
           note="three Kosovo officers detained 'in retaliation for Milenkovic's arrest' (Pristina's reading). "
                "Type disputed: abduction (Pristina) or arrest (Belgrade)"),
        ev("e7", BATTLES, CLASH, SERB_GUNMEN, KOS_POLICE, "2023-09-24", None, BANJSKA, (4, 4),
           same_as="kosovo-banjska-ambush-brief-2023-09-24/e1", note="1 officer + 3 attackers = 4"),
    ])
SET.accept(0, [STRAT, REMOTE], ["Looting/property destruction", IED])
SET.accept(5, [VAC, STRAT], [ABDUCT, ARRESTS])

# 14. Olenivka, wire, 2022-07-29
P = "2022-07-29"
doc("ukraine-olenivka-pows-wire-2022-07-29", P, "Eastern Front Wire",
    "Dozens of Ukrainian prisoners of war killed at Olenivka camp; Moscow and Kyiv trade blame", "wire",
    """KYIV, July 29 (Eastern Front Wire) - Dozens of Ukrainian prisoners of war were killed overnight at a prison colony in the Russian-held village of Olenivka in the Donetsk region, with Moscow and Kyiv accusing each other of the attack.

Russia's defence ministry said Ukrainian forces had struck the facility with US-supplied HIMARS rockets, killing 40 prisoners and wounding 75, and later raised the toll to 50 dead. It said eight guards had also been wounded. Many of those held at the camp were fighters who surrendered at the Azovstal steelworks in Mariupol in May, including members of the Azov regiment.

Ukraine's General Staff denied hitting the site, saying Russian forces had shelled the barracks themselves to cover up the torture and execution of prisoners. President Volodymyr Zelenskiy called it a deliberate Russian war crime, a mass murder of Ukrainian prisoners of war.

Russian state television showed charred bodies and twisted metal bunk beds inside a burned-out building. Reporters could not independently verify either side's account.

The International Committee of the Red Cross said it had asked for access to the site to help identify the dead and evacuate the wounded.
""",
    [
        ev("e1", REMOTE, [MISSILE, IED], either(RUS, UKR), actor("Prisoners of war (Ukraine)", "Ukrainian prisoners of war",
           "prisoners", "POWs", "Azov regiment", "Azov fighters", "Military Forces of Ukraine"),
           "2022-07-28", P, OLENIVKA, (40, 50),
           note="'overnight' into Friday: two-day range; 40 then 50 per Moscow; blame disputed (actor either)"),
    ])

# 15. Olenivka, garbled copy, 2022-07-30
P = "2022-07-30"
doc("ukraine-olenivka-garbled-2022-07-30", P, "WorldPost Daily Hub",
    "Olenivka: toll is rising to 53 prisoners, Kyiv and Moscow is blaming each other", "garbled copy",
    """The number of Ukrainian captives who perished in blast at the penal colony in Olenivka rised to 53 people, the separatist authorities of Donetsk said on Saturday, while 75 others got wounds of various severity, many of them is in serious state.

The tragedy have happened in night from Thursday to Friday in a building where the defenders of Azovstal were recently moved. Moscow is accusing the army of Ukraine of firing precision rockets HIMARS on the barrack, but Kyiv is telling that Russians themselves blown up the place with explosive to hide the crimes, saying that the damage do not look like rocket strike from outside.

UN and the Red Cross is asking for the entrance to the site, which was not given till now by the Russian side. The Ukrainian ombudsman said it was a planned terrorist attack of Russia.

Source link
Share this:
""",
    [
        ev("e1", REMOTE, [MISSILE, IED], either(RUS, UKR), actor("Prisoners of war (Ukraine)", "Ukrainian captives",
           "prisoners", "defenders of Azovstal", "POWs"), wd("2022-07-28", "Thursday"), wd("2022-07-29", "Friday"),
           OLENIVKA, (53, 53), same_as="ukraine-olenivka-pows-wire-2022-07-29/e1",
           note="'night from Thursday to Friday', toll 53"),
    ])

# 16. negative: Euro 2024 Turkey-Georgia
P = "2024-06-19"
doc("sport-euro-turkey-georgia-2024-06-19", P, "Bosphorus Sport Daily",
    "Guler's stunner seals thriller as Turkey beat Georgia 3-1", "sports report (negative)",
    """DORTMUND, June 19 (Bosphorus Sport Daily) - Arda Guler announced himself on the biggest stage with a curling strike from 25 metres as Turkey beat tournament debutants Georgia 3-1 in a breathless Group F opener on Tuesday night, played in a downpour in front of a wall of red.

Mert Muldur opened the scoring with a thunderous volley midway through the first half, a blast that goalkeeper Giorgi Mamardashvili barely saw. Georgia hit back within minutes: Georges Mikautadze fired in from close range after Turkey's defence was caught out by a quick counter-attack, and the underdogs' fans, outnumbered but loud, kept up a barrage of noise.

Both sides kept attacking. Georgia's Khvicha Kvaratskhelia drew fouls all night and twice tested the goalkeeper, and the Georgians hit the woodwork late on before Kerem Akturkoglu broke away to roll the ball into an empty net and kill off the contest.

Turkey's bench spent the closing stages on its feet as Georgia launched wave after wave of late attacks, an onslaught that Vincenzo Montella's side survived with a mixture of last-ditch blocks and luck. Willy Sagnol's Georgians were shot down by two moments of quality but left with their heads high.

Guler, 19, whose goal was hailed in Turkish media as a missile, said he had dreamed of such a strike since childhood. Turkey face Portugal next in Dortmund.
""",
    [])



if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

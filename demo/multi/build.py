"""Build demo/multi/docs.jsonl and demo/multi/gold.jsonl: one incident told by several outlets, and
which attack answered which. Run from anywhere: `python demo/multi/build.py`.

Every text below was written for this set, in our own words, from facts in public reporting about
real incidents; outlets are fictional, figures are those public around each publication date and
some details are simplified. Not a factual reference.
"""
from __future__ import annotations

import json
from datetime import date
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_kit import ev, place, report  # noqa: E402  (demo/gold_kit.py)

# ---------------------------------------------------------------- actors (accepted names)
US = {"names": ["Military Forces of the United States", "United States", "US", "U.S.", "US military", "U.S. military",
                "US forces", "American forces", "Pentagon", "US troops", "American troops"], "country_code": "USA"}
KH = {"names": ["Kataib Hezbollah", "Kataeb Hezbollah", "Kata'ib Hezbollah", "militia", "militias", "militants",
                "Iran-backed militia", "Iran-backed militias", "Unidentified Armed Group", "Popular Mobilization Forces",
                "Islamic Resistance in Iraq", "Iranian proxies", "Iran-backed militants"]}
IRAN = {"names": ["Military Forces of Iran", "Iran", "Iranian forces", "Islamic Revolutionary Guard Corps", "IRGC",
                  "Revolutionary Guards", "Quds Force", "Iranian military", "Tehran"], "country_code": "IRN"}
ISRAEL = {"names": ["Military Forces of Israel", "Israel", "Israeli military", "IDF", "Israel Defense Forces",
                    "Israeli forces", "Israeli army", "Israeli air force", "Israeli jets", "Israeli aircraft"],
          "country_code": "ISR"}
PAK = {"names": ["Military Forces of Pakistan", "Pakistan", "Pakistani military", "Pakistani army", "Pakistani forces",
                 "Pakistan Army", "Pakistani air force", "Pakistani troops", "Pakistan Air Force"], "country_code": "PAK"}
INDIA = {"names": ["Military Forces of India", "India", "Indian military", "Indian army", "Indian forces",
                   "Indian air force", "Indian armed forces"], "country_code": "IND"}
TURKEY = {"names": ["Military Forces of Turkey", "Turkey", "Turkish military", "Turkish forces", "Turkish air force",
                    "Turkish jets", "Turkish armed forces", "Turkish warplanes"], "country_code": "TUR"}
RUSSIA = {"names": ["Military Forces of Russia", "Russia", "Russian forces", "Russian military", "Russian army",
                    "Moscow"], "country_code": "RUS"}
UKRAINE = {"names": ["Military Forces of Ukraine", "Ukraine", "Ukrainian forces", "Ukrainian military", "Kyiv",
                     "Ukrainian navy", "Ukrainian security service", "SBU"], "country_code": "UKR"}
HEZBOLLAH = {"names": ["Hezbollah", "Hizbollah", "Hizbullah", "Lebanese Hezbollah", "militants"]}
HAMAS = {"names": ["Hamas", "Civilians", "civilians"]}
JAISH_ADL = {"names": ["Jaish al-Adl", "Jaish ul-Adl", "militants", "Militants", "Sunni militants", "Civilians",
                       "civilians", "militant group"]}
BALOCH = {"names": ["Baloch Liberation Army", "Baloch Liberation Front", "Baloch separatists", "militants", "Militants",
                    "separatists", "Civilians", "civilians", "insurgents"]}
GUNMEN_KASHMIR = {"names": ["militants", "Militants", "gunmen", "Unidentified Armed Group", "The Resistance Front",
                            "TRF", "Lashkar-e-Taiba", "Lashkar-e-Taiba", "terrorists", "attackers", "Islamist militants"]}
PAK_GROUPS = {"names": ["Lashkar-e-Taiba", "Jaish-e-Mohammed", "militants", "Militants", "terrorist camps",
                        "Civilians", "civilians", "terrorists", "militant groups"]}
PKK = {"names": ["Kurdistan Workers' Party", "PKK", "Kurdish militants", "militants", "Militants", "attackers",
                 "Unidentified Armed Group", "assailants", "Kurdish fighters", "YPG", "Syrian Democratic Forces"]}
ISKP = {"names": ["Islamic State", "Islamic State Khorasan", "ISIS-K", "IS-K", "ISIS", "IS", "Islamic State Khorasan Province",
                  "suicide bomber", "militants", "Militants", "Unidentified Armed Group", "bomber"]}
CIVILIANS = {"names": ["Civilians", "civilians", "tourists", "people", "concertgoers", "workers", "employees",
                       "Afghans", "crowd", "crowds", "worshippers", "residents", "family", "visitors"]}
GUNMEN_MOSCOW = {"names": ["Islamic State", "Islamic State Khorasan", "ISIS-K", "IS", "gunmen", "Gunmen",
                           "Unidentified Armed Group", "militants", "Militants", "attackers", "assailants"]}


KIRKUK = place(["Kirkuk", "K-1", "K-1 air base", "Kirkuk province"], "IRQ", 35.47, 44.39)
QAIM = place(["Al-Qaim", "al-Qaim", "Al Qaim", "Qaim", "Anbar", "Al Anbar", "Iraq"], "IRQ", 34.37, 41.09)
BAGHDAD = place(["Baghdad", "Baghdad International Airport", "Baghdad airport"], "IRQ", 33.31, 44.36)
ASAD = place(["Ain al-Asad", "Al-Asad", "Al Asad", "Ain al-Asad Air Base", "Al-Asad Air Base", "Anbar", "Al Anbar"],
             "IRQ", 33.80, 42.44)
ERBIL = place(["Erbil", "Arbil"], "IRQ", 36.19, 44.01)
PANJGUR = place(["Panjgur", "Koh-e-Sabz", "Balochistan"], "PAK", 26.97, 64.09)
SARAVAN = place(["Saravan", "Sarāvān", "Sistan and Baluchestan", "Sistan-Baluchestan"], "IRN", 27.37, 62.33)
DAMASCUS = place(["Damascus"], "SYR", 33.51, 36.29)
NEVATIM = place(["Nevatim Airbase", "Nevatim", "Nevatim air base", "Israel", "Negev"], "ISR", 31.21, 35.01)
ISFAHAN = place(["Isfahan", "Esfahan"], "IRN", 32.65, 51.67)
TEHRAN = place(["Tehran"], "IRN", 35.69, 51.42)
BEIRUT = place(["Beirut", "Haret Hreik", "Dahiyeh", "Dahieh"], "LBN", 33.89, 35.50)
ISRAEL_LAND = place(["Israel", "Tel Aviv", "Nevatim Airbase", "Nevatim", "Jericho"], "ISR")
ILAM = place(["Ilam", "Ilam province"], "IRN")
KHUZESTAN = place(["Khuzestan", "Khuzestan province"], "IRN")
PAHALGAM = place(["Pahalgam", "Baisaran", "Anantnag", "Jammu and Kashmir", "Kashmir"], "IND", 34.02, 75.32)
BAHAWALPUR = place(["Bahawalpur", "Punjab"], "PAK", 29.40, 71.68)
MURIDKE = place(["Muridke", "Punjab"], "PAK", 31.80, 74.26)
POONCH = place(["Poonch", "Punch", "Jammu and Kashmir"], "IND", 33.77, 74.09)
ANKARA = place(["Ankara", "Kahramankazan", "TUSAS"], "TUR", 40.20, 32.68)
NORTH_IRAQ = place(["Iraq", "northern Iraq", "Kurdistan Region"], "IRQ")
NORTH_SYRIA = place(["Syria", "northern Syria"], "SYR")
KERCH = place(["Kerch", "Crimean Bridge", "Kerch Bridge", "Crimea", "Kerch Strait"], "UKR", 45.31, 36.51)
ODESA = place(["Odesa", "Odessa"], "UKR", 46.49, 30.74)
KABUL = place(["Kabul", "Kabul airport", "Hamid Karzai International Airport", "Abbey Gate"], "AFG", 34.56, 69.21)
NANGARHAR = place(["Nangarhar", "Nangarhar province", "Afghanistan"], "AFG")
KRASNOGORSK = place(["Krasnogorsk", "Crocus City Hall", "Moscow", "Moscow region"], "RUS", 55.82, 37.39)

REMOTE = "Explosions/Remote violence"
AIR = "Air/drone strike"
MISSILE = "Shelling/artillery/missile attack"
BOTH = [AIR, MISSILE]


DOCS = []


def doc(*args):
    DOCS.append(report(*args))


# ---------------------------------------------------------------- Iraq, December 2019 - January 2020
doc("iraq-k1-rockets-2019-12-28", "2019-12-28", "Meridian Wire", "Rocket attack on Iraqi base kills US contractor",
    """KIRKUK, Iraq, Dec 28 (Meridian) - More than 30 rockets slammed into the K-1 military base near Kirkuk on Friday evening, killing a U.S. civilian contractor and wounding four American service members and two Iraqi personnel, the U.S.-led coalition said.

No group claimed the barrage. U.S. officials said they suspected Kataib Hezbollah, an Iran-backed Iraqi militia, which has been blamed for a string of rocket attacks on bases hosting American troops in recent weeks.

Iraqi security forces later found a launcher with unfired rockets in a vehicle parked a few kilometres from the base, a police source said.""",
    [ev("g1", REMOTE, MISSILE, KH, US, "2019-12-27", None, KIRKUK, (1, 1))])

doc("iraq-us-strikes-kh-2019-12-30", "2019-12-30", "The Frontline Review", "US strikes Iran-backed militia in Iraq and Syria",
    """U.S. F-15 jets bombed five sites of the Kataib Hezbollah militia on Sunday, three in western Iraq and two in eastern Syria, in retaliation for Friday's rocket attack near Kirkuk that killed an American contractor, the Pentagon said.

Militia officials said at least 25 fighters were killed and 51 wounded in the strikes, which hit weapons depots and command posts near the town of Al-Qaim on the Iraqi side of the border.

Iraq's caretaker prime minister condemned the raids as a violation of Iraqi sovereignty, and supporters of the militia vowed revenge. The rocket barrage on the K-1 base on Friday evening had wounded four U.S. service members as well.""",
    [ev("g1", REMOTE, AIR, US, KH, "2019-12-29", None, QAIM, (25, 25), responds_to=["g2"]),
     ev("g2", REMOTE, MISSILE, KH, US, "2019-12-27", None, KIRKUK, (1, 1), same_as="iraq-k1-rockets-2019-12-28/g1")])

doc("iraq-soleimani-2020-01-03", "2020-01-03", "Meridian Wire", "US strike at Baghdad airport kills Iran's Soleimani",
    """BAGHDAD, Jan 3 (Meridian) - A U.S. drone strike near Baghdad International Airport early on Friday killed Qassem Soleimani, commander of the Quds Force of Iran's Revolutionary Guards, and Abu Mahdi al-Muhandis, deputy head of Iraq's Popular Mobilization Forces, the Pentagon and Iraqi militia officials said.

Missiles hit two vehicles leaving the airport shortly after midnight, killing at least seven people in all, Iraqi security sources said. The Pentagon said the strike was ordered by President Donald Trump to deter future Iranian attack plans.

Iran's supreme leader promised "severe revenge" and declared three days of mourning.""",
    [ev("g1", REMOTE, AIR, US, {"names": IRAN["names"] + KH["names"] + ["Qassem Soleimani"]}, "2020-01-03", None,
        BAGHDAD, (7, 10))])

doc("iran-missiles-asad-2020-01-08", "2020-01-08", "The Gulf Ledger", "Iran fires missiles at bases hosting US troops in Iraq",
    """Iran fired more than a dozen ballistic missiles early on Wednesday at two Iraqi bases that host American troops, the Ain al-Asad air base in Anbar province and a facility in Erbil, in retaliation for the U.S. drone strike that killed General Qassem Soleimani in Baghdad last week.

The Revolutionary Guards said the operation was named after the slain commander. U.S. officials said early assessments showed no American casualties, as troops had taken shelter in bunkers after warnings.

Iraq's military said 22 missiles were fired in all and that no Iraqis were killed.""",
    [ev("g1", REMOTE, MISSILE, IRAN, US, "2020-01-08", None, ASAD, (0, 0), responds_to=["g3"]),
     ev("g2", REMOTE, MISSILE, IRAN, US, "2020-01-08", None, ERBIL, (0, 0), responds_to=["g3"]),
     ev("g3", REMOTE, AIR, US, {"names": IRAN["names"] + ["Qassem Soleimani"]}, "2019-12-30", "2020-01-03", BAGHDAD,
        None, same_as="iraq-soleimani-2020-01-03/g1")])

doc("iraq-escalation-analysis-2020-01-10", "2020-01-10", "The Lakeside Courier", "Twelve days that brought Washington and Tehran to the brink",
    """The crisis began on December 27, when rockets struck the K-1 base near Kirkuk and killed an American contractor. Two days later U.S. aircraft hit Kataib Hezbollah positions near Al-Qaim in response, killing 25 militiamen, and angry crowds then besieged the U.S. embassy in Baghdad.

On January 3 a U.S. drone killed Qassem Soleimani as his convoy left Baghdad airport. Tehran answered five days later: the Revolutionary Guards launched ballistic missiles at Ain al-Asad air base in retaliation for Soleimani's death. Nobody was killed there, and President Trump said Iran appeared to be standing down.

Analysts warn that the militias, not Iran's army, remain the likeliest source of the next attack.""",
    [ev("g1", REMOTE, MISSILE, KH, US, "2019-12-27", None, KIRKUK, (1, 1), same_as="iraq-k1-rockets-2019-12-28/g1"),
     ev("g2", REMOTE, AIR, US, KH, "2019-12-29", None, QAIM, (25, 25), responds_to=["g1"],
        same_as="iraq-us-strikes-kh-2019-12-30/g1"),
     ev("g3", REMOTE, AIR, US, {"names": IRAN["names"] + ["Qassem Soleimani"]}, "2020-01-03", None, BAGHDAD, None,
        same_as="iraq-soleimani-2020-01-03/g1"),
     ev("g4", REMOTE, MISSILE, IRAN, US, "2020-01-08", None, ASAD, (0, 0), responds_to=["g3"],
        same_as="iran-missiles-asad-2020-01-08/g1")])

# ---------------------------------------------------------------- Iran and Pakistan, January 2024
doc("pakistan-panjgur-strike-2024-01-17", "2024-01-17", "Meridian Wire", "Pakistan condemns Iranian strike that killed two children",
    """ISLAMABAD, Jan 17 (Meridian) - Pakistan on Wednesday condemned an Iranian missile and drone strike on its territory that it said killed two children and wounded three girls in a village near Panjgur in Balochistan province on Tuesday night.

Iranian state media said the Revolutionary Guards had hit two strongholds of Jaish al-Adl, a Sunni militant group that attacks Iranian border guards. Pakistan recalled its ambassador from Tehran and warned of serious consequences for what it called an unprovoked violation of its airspace.""",
    [ev("g1", REMOTE, BOTH, IRAN, {"names": JAISH_ADL["names"] + CIVILIANS["names"]}, "2024-01-16", None, PANJGUR, (2, 2))])

doc("pakistan-saravan-strikes-2024-01-18", "2024-01-18", "The Frontline Review", "Pakistan hits back with strikes inside Iran",
    """Pakistan carried out air strikes on militant hideouts in Iran's Sistan-Baluchestan province early on Thursday, two days after an Iranian strike near Panjgur killed two children, in a sharp escalation between the two neighbours.

Iranian officials said nine people, four children, three women and two men, none of them Iranian citizens, were killed in a village near the border town of Saravan. Pakistan's foreign ministry said the strikes targeted Baloch separatists and were carried out in response to Iran's attack on Tuesday.""",
    [ev("g1", REMOTE, AIR, PAK, BALOCH, "2024-01-18", None, SARAVAN, (9, 9), responds_to=["g2"]),
     ev("g2", REMOTE, BOTH, IRAN, {"names": JAISH_ADL["names"] + CIVILIANS["names"]}, "2024-01-16", None, PANJGUR,
        (2, 2), same_as="pakistan-panjgur-strike-2024-01-17/g1")])

doc("iran-pakistan-tit-for-tat-2024-01-19", "2024-01-19", "The Gulf Ledger", "Tehran and Islamabad step back after tit-for-tat strikes",
    """Iran and Pakistan signalled on Friday that they wanted to calm tensions, a day after Pakistani jets struck targets near Saravan in southeastern Iran, killing nine people.

Islamabad described Thursday's raids as retaliation for the Iranian missile attack on Jaish al-Adl positions near Panjgur that killed two children. Both governments said they respected each other's sovereignty and would keep talking.""",
    [ev("g1", REMOTE, AIR, PAK, BALOCH, "2024-01-18", None, SARAVAN, (9, 9), responds_to=["g2"],
        same_as="pakistan-saravan-strikes-2024-01-18/g1"),
     ev("g2", REMOTE, BOTH, IRAN, {"names": JAISH_ADL["names"] + CIVILIANS["names"]}, "2024-01-16", "2024-01-17",
        PANJGUR, (2, 2), same_as="pakistan-panjgur-strike-2024-01-17/g1")])

# ---------------------------------------------------------------- Iran and Israel, April 2024
CONSULATE = dict(type_=REMOTE, sub=AIR, a1=ISRAEL, a2=IRAN, loc=DAMASCUS)
doc("iran-israel-barrage-2024-04-14", "2024-04-14", "Meridian Wire", "Iran launches hundreds of drones and missiles at Israel",
    """JERUSALEM, April 14 (Meridian) - Iran launched more than 300 drones and missiles at Israel overnight, in retaliation for the April 1 air strike on its consulate in Damascus that killed seven Revolutionary Guards officers, including two generals.

Israel's military said 99 percent of the projectiles were intercepted with help from the United States, Britain and Jordan. A few ballistic missiles struck the Nevatim air base in the Negev, causing light damage, and a seven-year-old girl was seriously wounded by shrapnel. No deaths were reported.""",
    [ev("g1", REMOTE, BOTH, IRAN, ISRAEL, "2024-04-13", "2024-04-14", NEVATIM, (0, 0), responds_to=["g2"]),
     ev("g2", CONSULATE["type_"], CONSULATE["sub"], ISRAEL, IRAN, "2024-04-01", None, DAMASCUS, (7, 7))])

doc("israel-nevatim-damage-2024-04-15", "2024-04-15", "The Lakeside Courier", "Israel weighs its answer after Iran's first direct attack",
    """Israel's war cabinet met for a second day on Monday to decide how to respond to Iran's weekend attack, in which Tehran fired about 170 drones, 30 cruise missiles and 120 ballistic missiles at Israeli territory.

Iran called Saturday night's barrage its answer to the strike on its embassy compound in Damascus on April 1, which killed seven Guards members. Most projectiles were shot down; those that got through hit the Nevatim air base without halting operations there.""",
    [ev("g1", REMOTE, BOTH, IRAN, ISRAEL, "2024-04-13", "2024-04-14", NEVATIM, None, responds_to=["g2"],
        same_as="iran-israel-barrage-2024-04-14/g1"),
     ev("g2", REMOTE, AIR, ISRAEL, IRAN, "2024-04-01", None, DAMASCUS, (7, 7),
        same_as="iran-israel-barrage-2024-04-14/g2")])

doc("iran-isfahan-strike-2024-04-19", "2024-04-19", "The Gulf Ledger", "Explosions near Isfahan in apparent Israeli reprisal",
    """Explosions were heard near the central Iranian city of Isfahan early on Friday in what U.S. officials described as an Israeli strike in response to Iran's drone and missile attack on Israel last weekend.

Iranian officials played the incident down, saying air defences had shot down several small drones and that there was no damage. Satellite images later suggested a radar of an air defence battery at an air base near Isfahan had been hit. No casualties were reported.""",
    [ev("g1", REMOTE, AIR, ISRAEL, IRAN, "2024-04-19", None, ISFAHAN, (0, 0), responds_to=["g2"]),
     ev("g2", REMOTE, BOTH, IRAN, ISRAEL, "2024-04-13", "2024-04-14", NEVATIM, None, optional=True,
        same_as="iran-israel-barrage-2024-04-14/g1")])

doc("israel-iran-limited-reply-2024-04-20", "2024-04-20", "The Frontline Review", "A limited Israeli reply, and a pause",
    """Israel's strike on an air defence site near Isfahan on Friday was deliberately small, officials in the region said on Saturday, a calibrated response to the hundreds of drones and missiles Iran fired at Israel last weekend.

Israel has not commented. Tehran, which said nobody was hurt, showed no sign of answering, and analysts said both sides appeared to want the exchange to end there.""",
    [ev("g1", REMOTE, AIR, ISRAEL, IRAN, "2024-04-19", None, ISFAHAN, (0, 0),
        responds_to=["iran-israel-barrage-2024-04-14/g1"], same_as="iran-isfahan-strike-2024-04-19/g1")])

# ---------------------------------------------------------------- Iran and Israel, July - October 2024
HANIYEH = dict(type_=REMOTE, sub=[AIR, "Remote explosive/landmine/IED"], a2=HAMAS, loc=TEHRAN)
NASRALLAH_A2 = {"names": HEZBOLLAH["names"] + ["Hassan Nasrallah"]}
doc("iran-missiles-israel-2024-10-01", "2024-10-01", "Meridian Wire", "Iran fires ballistic missiles at Israel",
    """JERUSALEM, Oct 1 (Meridian) - Iran fired about 180 ballistic missiles at Israel on Tuesday evening, sending millions of people into shelters, in what the Revolutionary Guards said was retaliation for the killing of Hezbollah leader Hassan Nasrallah in Beirut on Friday and of Hamas leader Ismail Haniyeh in Tehran in July.

Most missiles were intercepted, the Israeli military said, but some fell in central and southern Israel. A Palestinian man was killed by falling debris in Jericho in the occupied West Bank.""",
    [ev("g1", REMOTE, MISSILE, IRAN, ISRAEL, "2024-10-01", None, ISRAEL_LAND, (1, 1), responds_to=["g2", "g3"]),
     ev("g2", REMOTE, AIR, ISRAEL, NASRALLAH_A2, "2024-09-27", None, BEIRUT, None),
     ev("g3", HANIYEH["type_"], HANIYEH["sub"], {"names": ISRAEL["names"] + ["Unidentified Armed Group"]}, HAMAS,
        "2024-07-01", "2024-07-31", TEHRAN, None)])

doc("iran-attack-aftermath-2024-10-02", "2024-10-02", "The Lakeside Courier", "Israel vows to make Iran pay for missile attack",
    """Israel's prime minister said on Wednesday that Iran had made "a big mistake" and would pay for it, hours after Tehran's biggest ever missile attack on Israel.

Iran said Tuesday's barrage of some 200 missiles answered the killing of Hassan Nasrallah, who died when Israeli jets flattened several buildings in Beirut's southern suburbs on September 27, and the assassination of Ismail Haniyeh in a Tehran guesthouse on July 31. Israel said the air bases at Nevatim and Tel Nof were hit but kept working; one man died in Jericho.""",
    [ev("g1", REMOTE, MISSILE, IRAN, ISRAEL, "2024-10-01", None, ISRAEL_LAND, (1, 1), responds_to=["g2", "g3"],
        same_as="iran-missiles-israel-2024-10-01/g1"),
     ev("g2", REMOTE, AIR, ISRAEL, NASRALLAH_A2, "2024-09-27", None, BEIRUT, None,
        same_as="iran-missiles-israel-2024-10-01/g2"),
     ev("g3", HANIYEH["type_"], HANIYEH["sub"], {"names": ISRAEL["names"] + ["Unidentified Armed Group"]}, HAMAS,
        "2024-07-31", None, TEHRAN, None, same_as="iran-missiles-israel-2024-10-01/g3")])

doc("israel-strikes-iran-2024-10-26", "2024-10-26", "The Gulf Ledger", "Israel strikes military sites in Iran",
    """Israeli aircraft struck military sites in Iran before dawn on Saturday in retaliation for Iran's ballistic missile attack on Israel on October 1, the Israeli military said.

Iran's army said four of its soldiers were killed while operating air defence systems. The strikes hit missile production and air defence sites around Tehran and in the western provinces of Ilam and Khuzestan, according to Iranian state media, which said the damage was limited.""",
    [ev("g1", REMOTE, AIR, ISRAEL, IRAN, "2024-10-26", None, TEHRAN, None, responds_to=["g4"]),
     ev("g2", REMOTE, AIR, ISRAEL, IRAN, "2024-10-26", None, ILAM, None, optional=True, responds_to=["g4"]),
     ev("g3", REMOTE, AIR, ISRAEL, IRAN, "2024-10-26", None, KHUZESTAN, None, optional=True, responds_to=["g4"]),
     ev("g4", REMOTE, MISSILE, IRAN, ISRAEL, "2024-10-01", None, ISRAEL_LAND, None,
        same_as="iran-missiles-israel-2024-10-01/g1")])

doc("iran-toll-israeli-raid-2024-10-27", "2024-10-27", "Meridian Wire", "Iran says soldiers and a civilian died in Israeli raid",
    """TEHRAN, Oct 27 (Meridian) - Iran said on Sunday that four soldiers and a civilian were killed when Israeli jets hit military targets near Tehran early on Saturday, and said it had the right to respond.

Israel said its three waves of strikes were its response to the barrage of about 200 missiles that Iran fired at Israeli cities on October 1.""",
    [ev("g1", REMOTE, AIR, ISRAEL, IRAN, "2024-10-26", None, TEHRAN, (5, 5), responds_to=["g2"],
        same_as="israel-strikes-iran-2024-10-26/g1"),
     ev("g2", REMOTE, MISSILE, IRAN, ISRAEL, "2024-10-01", None, ISRAEL_LAND, None,
        same_as="iran-missiles-israel-2024-10-01/g1")])

# ---------------------------------------------------------------- India and Pakistan, April - May 2025
PAHALGAM_EV = dict(type_="Violence against civilians", sub="Attack", a1=GUNMEN_KASHMIR, a2=CIVILIANS, loc=PAHALGAM)
doc("india-pahalgam-2025-04-23", "2025-04-23", "The Frontline Review", "Gunmen kill 26 tourists in Kashmir meadow",
    """Gunmen opened fire on tourists at a meadow near Pahalgam in Indian-administered Kashmir on Tuesday, killing 26 people, almost all of them Indian visitors, in the deadliest attack on civilians in the region in years, police said.

Survivors said the attackers came out of the forest around Baisaran and singled out men. A little-known group, The Resistance Front, initially claimed the massacre. India blamed Pakistan, which denied any role.""",
    [ev("g1", PAHALGAM_EV["type_"], PAHALGAM_EV["sub"], GUNMEN_KASHMIR, CIVILIANS, "2025-04-22", None, PAHALGAM, (26, 26))])

doc("india-strikes-pakistan-2025-05-07", "2025-05-07", "Meridian Wire", "India strikes sites in Pakistan, citing Kashmir massacre",
    """NEW DELHI, May 7 (Meridian) - India fired missiles at nine sites in Pakistan and Pakistani Kashmir early on Wednesday in retaliation for last month's massacre of tourists at Pahalgam, in which gunmen killed 26 people.

The strikes hit a seminary complex in Bahawalpur linked to Jaish-e-Mohammed and a Lashkar-e-Taiba centre in Muridke, Indian officials said. Pakistan's military said 26 civilians were killed across the country, including women and children, and vowed to respond.""",
    [ev("g1", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-07", None, BAHAWALPUR, None, responds_to=["g3"]),
     ev("g2", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-07", None, MURIDKE, None, responds_to=["g3"]),
     ev("g3", PAHALGAM_EV["type_"], PAHALGAM_EV["sub"], GUNMEN_KASHMIR, CIVILIANS, "2025-04-01", "2025-04-30",
        PAHALGAM, (26, 26), same_as="india-pahalgam-2025-04-23/g1")])

doc("kashmir-poonch-shelling-2025-05-07", "2025-05-07", "The Lakeside Courier", "Pakistani shelling kills civilians in Poonch",
    """Pakistani troops pounded the Poonch district of Indian Kashmir with artillery and mortar fire on Wednesday, killing 12 civilians and wounding dozens, Indian officials said.

Pakistan's army said it was retaliating for the Indian missile strikes on Bahawalpur and Muridke overnight. Shells hit homes, a mosque and a market in Poonch town, residents said.""",
    [ev("g1", "Explosions/Remote violence", MISSILE, PAK, {"names": CIVILIANS["names"] + INDIA["names"]},
        "2025-05-07", None, POONCH, (12, 12), responds_to=["g2", "g3"]),
     ev("g2", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-06", "2025-05-07", BAHAWALPUR, None,
        same_as="india-strikes-pakistan-2025-05-07/g1"),
     ev("g3", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-06", "2025-05-07", MURIDKE, None,
        same_as="india-strikes-pakistan-2025-05-07/g2")])

doc("india-pakistan-escalation-2025-05-08", "2025-05-08", "The Gulf Ledger", "After missiles and shelling, fears of wider war",
    """India's missiles struck Bahawalpur and Muridke on Wednesday, and New Delhi described the raids as its answer to the killing of 26 tourists near Pahalgam on April 22.

Hours later Pakistani artillery hit Poonch, killing 12 civilians, in what Islamabad called a response to the Indian strikes. Pakistan's military said India's raids had killed 31 civilians in total.""",
    [ev("g1", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-07", None, BAHAWALPUR, None, responds_to=["g4"],
        same_as="india-strikes-pakistan-2025-05-07/g1"),
     ev("g2", REMOTE, [MISSILE, AIR], INDIA, PAK_GROUPS, "2025-05-07", None, MURIDKE, None, responds_to=["g4"],
        same_as="india-strikes-pakistan-2025-05-07/g2"),
     ev("g3", REMOTE, MISSILE, PAK, {"names": CIVILIANS["names"] + INDIA["names"]}, "2025-05-07", None, POONCH,
        (12, 12), responds_to=["g1", "g2"], same_as="kashmir-poonch-shelling-2025-05-07/g1"),
     ev("g4", PAHALGAM_EV["type_"], PAHALGAM_EV["sub"], GUNMEN_KASHMIR, CIVILIANS, "2025-04-22", None, PAHALGAM,
        (26, 26), same_as="india-pahalgam-2025-04-23/g1")])

# ---------------------------------------------------------------- Turkey, October 2024
TUSAS = dict(type_="Violence against civilians", sub="Attack")
doc("turkey-tusas-attack-2024-10-23", "2024-10-23", "Meridian Wire", "Attack on Turkish aerospace company kills five",
    """ANKARA, Oct 23 (Meridian) - Two assailants armed with rifles and explosives attacked the headquarters of Turkish Aerospace Industries (TUSAS) in Kahramankazan near Ankara on Wednesday, killing five people and wounding 22, the interior minister said. Both attackers were killed.

Officials said the attackers were probably members of the Kurdistan Workers' Party (PKK), which has fought the Turkish state for four decades.""",
    [ev("g1", [TUSAS["type_"], "Battles"], [TUSAS["sub"], "Armed clash"], PKK, CIVILIANS, "2024-10-23", None,
        ANKARA, (5, 7))])

doc("turkey-strikes-pkk-2024-10-24", "2024-10-24", "The Frontline Review", "Turkey bombs PKK targets in Iraq and Syria",
    """Turkish warplanes struck Kurdish militant targets in northern Iraq and northern Syria late on Wednesday in response to the deadly attack on the aerospace company TUSAS near Ankara, the defence ministry said.

The ministry said 32 targets used by the PKK and its Syrian affiliate were destroyed. Five people were killed at the TUSAS complex in Kahramankazan on Wednesday afternoon when two attackers stormed it.""",
    [ev("g1", REMOTE, AIR, TURKEY, PKK, "2024-10-23", "2024-10-24", NORTH_IRAQ, None, responds_to=["g3"]),
     ev("g2", REMOTE, AIR, TURKEY, PKK, "2024-10-23", "2024-10-24", NORTH_SYRIA, None, responds_to=["g3"]),
     ev("g3", [TUSAS["type_"], "Battles"], [TUSAS["sub"], "Armed clash"], PKK, CIVILIANS, "2024-10-23", None, ANKARA,
        (5, 7), same_as="turkey-tusas-attack-2024-10-23/g1")])

doc("turkey-reprisal-raids-2024-10-25", "2024-10-25", "The Gulf Ledger", "Kurdish groups say Turkish raids hit civilians",
    """Kurdish-led authorities in northeast Syria said on Friday that Turkish air raids since Wednesday night had killed 12 civilians, as Ankara pressed its retaliation for the attack on the aerospace firm TUSAS.

Turkish jets also struck positions of the PKK in the mountains of northern Iraq, Turkey's defence ministry said.""",
    [ev("g1", REMOTE, AIR, TURKEY, {"names": PKK["names"] + CIVILIANS["names"]}, "2024-10-23", "2024-10-25",
        NORTH_SYRIA, (12, 12), responds_to=["turkey-tusas-attack-2024-10-23/g1"],
        same_as="turkey-strikes-pkk-2024-10-24/g2"),
     ev("g2", REMOTE, AIR, TURKEY, PKK, "2024-10-23", "2024-10-25", NORTH_IRAQ, None,
        responds_to=["turkey-tusas-attack-2024-10-23/g1"], same_as="turkey-strikes-pkk-2024-10-24/g1")])

# ---------------------------------------------------------------- Crimean bridge and Odesa, July 2023
BRIDGE = dict(type_=REMOTE, sub=["Remote explosive/landmine/IED", AIR])
doc("crimea-bridge-attack-2023-07-17", "2023-07-17", "Meridian Wire", "Two killed in attack on Crimean bridge",
    """MOSCOW, July 17 (Meridian) - An attack on the bridge linking Crimea to Russia killed a couple travelling by car early on Monday and wounded their daughter, Russian officials said, blaming Ukrainian sea drones.

A section of the road span near Kerch collapsed and traffic was halted. A Ukrainian security source said the navy and the SBU had carried out the operation.""",
    [ev("g1", BRIDGE["type_"], BRIDGE["sub"], UKRAINE, {"names": CIVILIANS["names"] + RUSSIA["names"]}, "2023-07-17",
        None, KERCH, (2, 2))])

doc("ukraine-odesa-strikes-2023-07-19", "2023-07-19", "The Lakeside Courier", "Russia pounds Odesa port for second night",
    """Russian missiles and drones struck port facilities in Odesa overnight into Wednesday, damaging grain terminals and wounding several people, Ukrainian officials said.

Russia's defence ministry called the strikes a retaliatory strike for Monday's attack on the Crimean bridge, in which two civilians were killed.""",
    [ev("g1", REMOTE, BOTH, RUSSIA, {"names": UKRAINE["names"] + CIVILIANS["names"]}, "2023-07-18", "2023-07-19",
        ODESA, None, responds_to=["g2"]),
     ev("g2", BRIDGE["type_"], BRIDGE["sub"], UKRAINE, {"names": CIVILIANS["names"] + RUSSIA["names"]}, "2023-07-17",
        None, KERCH, (2, 2), same_as="crimea-bridge-attack-2023-07-17/g1")])

doc("odesa-grain-terminals-2023-07-19", "2023-07-19", "The Frontline Review", "Grain terminals burn after Russian strikes on Odesa",
    """Fires burned at grain terminals in Odesa on Wednesday after a night of Russian missile and drone attacks on the port, the regional governor said. Moscow said the raids were revenge for the strike on the Kerch bridge earlier this week.""",
    [ev("g1", REMOTE, BOTH, RUSSIA, {"names": UKRAINE["names"] + CIVILIANS["names"]}, "2023-07-18", "2023-07-19",
        ODESA, None, responds_to=["crimea-bridge-attack-2023-07-17/g1"], same_as="ukraine-odesa-strikes-2023-07-19/g1")])

# ---------------------------------------------------------------- Kabul airport, August 2021
doc("afghanistan-kabul-airport-2021-08-27", "2021-08-27", "Meridian Wire", "Suicide bombing at Kabul airport kills 13 US troops and dozens of Afghans",
    """KABUL, Aug 27 (Meridian) - A suicide bomber struck crowds outside Kabul airport on Thursday, killing 13 U.S. service members and at least 60 Afghans trying to flee the country, officials said.

The blast at the Abbey Gate was followed by gunfire. Islamic State Khorasan (ISIS-K) claimed responsibility.""",
    [ev("g1", REMOTE, "Suicide bomb", ISKP, {"names": CIVILIANS["names"] + US["names"]}, "2021-08-26", None, KABUL,
        (73, 73))])

doc("afghanistan-nangarhar-drone-2021-08-28", "2021-08-28", "The Gulf Ledger", "US drone strike targets Islamic State planner",
    """The United States carried out a drone strike against an Islamic State Khorasan planner in Nangarhar province on Friday, in retaliation for Thursday's suicide bombing at Kabul airport that killed 13 American troops and about 170 Afghans, the Pentagon said.

Two high-profile militants were killed and one wounded, officials said, and there were no known civilian casualties.""",
    [ev("g1", REMOTE, AIR, US, ISKP, "2021-08-27", "2021-08-28", NANGARHAR, (2, 2), responds_to=["g2"]),
     ev("g2", REMOTE, "Suicide bomb", ISKP, {"names": CIVILIANS["names"] + US["names"]}, "2021-08-26", None, KABUL,
        (183, 183), same_as="afghanistan-kabul-airport-2021-08-27/g1")])

doc("afghanistan-us-strikes-back-2021-08-28", "2021-08-28", "The Lakeside Courier", "US says drone strike killed two Islamic State militants",
    """American forces hit back at the Islamic State group on Friday with a drone strike in eastern Nangarhar province that killed two militants, a day after the airport bombing in Kabul, the Pentagon said.""",
    [ev("g1", REMOTE, AIR, US, ISKP, "2021-08-27", "2021-08-28", NANGARHAR, (2, 2),
        responds_to=["afghanistan-kabul-airport-2021-08-27/g1"], same_as="afghanistan-nangarhar-drone-2021-08-28/g1")])

# ---------------------------------------------------------------- Crocus City Hall, March 2024 (merge only)
CROCUS = dict(type_="Violence against civilians", sub="Attack")
doc("russia-crocus-2024-03-23", "2024-03-23", "Meridian Wire", "Gunmen kill dozens at Moscow concert hall",
    """MOSCOW, March 23 (Meridian) - Gunmen in camouflage burst into the Crocus City Hall concert venue in Krasnogorsk, on the edge of Moscow, on Friday evening and opened fire on the crowd before setting the building ablaze, killing at least 115 people, investigators said.

The Islamic State group claimed responsibility. Russia's security service said 11 people had been detained, including four suspected gunmen.""",
    [ev("g1", CROCUS["type_"], CROCUS["sub"], GUNMEN_MOSCOW, CIVILIANS, "2024-03-22", None, KRASNOGORSK, (115, 115))])

doc("russia-crocus-toll-2024-03-24", "2024-03-24", "The Frontline Review", "Death toll in concert hall attack rises to 133",
    """The number of people killed in Friday's attack on the Crocus City Hall near Moscow rose to 133, Russian investigators said on Sunday, as rescuers searched the burnt-out building. President Vladimir Putin declared a day of national mourning.

Four men accused of shooting concertgoers appeared in a Moscow court. Islamic State Khorasan has claimed the assault.""",
    [ev("g1", CROCUS["type_"], CROCUS["sub"], GUNMEN_MOSCOW, CIVILIANS, "2024-03-22", None, KRASNOGORSK, (133, 133),
        same_as="russia-crocus-2024-03-23/g1")])

doc("russia-crocus-mourning-2024-03-25", "2024-03-25", "The Gulf Ledger", "Russia mourns 137 dead from concert massacre",
    """Russians laid flowers outside the Crocus City Hall in Krasnogorsk on Monday as officials raised the toll from Friday's massacre to 137. The gunmen shot people in the lobby and auditorium and then started a fire that brought down part of the roof.""",
    [ev("g1", CROCUS["type_"], CROCUS["sub"], GUNMEN_MOSCOW, CIVILIANS, "2024-03-22", None, KRASNOGORSK, (137, 137),
        same_as="russia-crocus-2024-03-23/g1")])


def check() -> None:
    """Every reference names an event of the set, every date is a date, every doc id is unique."""
    ids = {d["id"] for d, _ in DOCS}
    assert len(ids) == len(DOCS)
    refs = {f"{d['id']}/{e['id']}" for d, evs in DOCS for e in evs}
    for d, evs in DOCS:
        date.fromisoformat(d["published"])
        for e in evs:
            for r in [*e["responds_to"], *([e["same_as"]] if e.get("same_as") else [])]:
                full = r if "/" in r else f"{d['id']}/{r}"
                assert full in refs, (d["id"], e["id"], r)
            assert date.fromisoformat(e["date"]["start"]) <= date.fromisoformat(e["date"]["end"]) \
                <= date.fromisoformat(d["published"]), (d["id"], e["id"])


def main() -> None:
    check()
    with open(HERE / "docs.jsonl", "w", encoding="utf-8") as f:
        for d, _ in DOCS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(HERE / "gold.jsonl", "w", encoding="utf-8") as f:
        for d, evs in DOCS:
            f.write(json.dumps({"doc": d, "events": evs}, ensure_ascii=False) + "\n")
    clusters = {}
    for d, evs in DOCS:
        for e in evs:
            ref = f"{d['id']}/{e['id']}"
            root = e.get("same_as") or ref
            clusters.setdefault(root, set()).add(d["id"])
    multi = [c for c in clusters.values() if len(c) >= 2]
    links = sum(len(e["responds_to"]) for _, evs in DOCS for e in evs)
    cross = sum(1 for _, evs in DOCS for e in evs for r in e["responds_to"] if "/" in r)
    print(f"{len(DOCS)} documents, {sum(len(e) for _, e in DOCS)} gold events, {len(multi)} incidents told by 2+ "
          f"reports, {links} explicit links ({cross} to another document)")


if __name__ == "__main__":
    main()

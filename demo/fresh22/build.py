"""Write demo/fresh22/docs.jsonl and demo/fresh22/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh22/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public
incidents (main incidents 2019-2025; background 2018-2024) in the Gulf and the Arabian peninsula (Saudi Arabia,
the Red Sea, Oman, Iraqi Kurdistan), the Pacific and East Asia (New Caledonia, the Philippines, the South China
Sea, the Korean border, Indonesia) and Southern Africa (Zimbabwe, Angola, Zambia, Malawi), in our own words,
written as of their `published` date, from facts in public reporting, simplified where unsure. Outlets are
fictional with `.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is asserted
with `datetime`, and the kit's checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, IED, LOOT,  # noqa: E402
                      MISSILE, MOB, OTHER, PEACEFUL, PROTESTS, REMOTE, RIOTS, SEXUAL, STRAT, VAC, VIOLENT)
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"SAU": "Saudi Arabia", "YEM": "Yemen", "OMN": "Oman", "IRQ": "Iraq", "NCL": "New Caledonia",
           "PHL": "Philippines", "KOR": "South Korea", "PRK": "North Korea", "IDN": "Indonesia",
           "ZWE": "Zimbabwe", "AGO": "Angola", "ZMB": "Zambia", "MWI": "Malawi"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def rioters(code: str, *extra):
    return actor(f"Rioters ({COUNTRY[code]})", "rioters", "Rioters", "protesters", "demonstrators", "crowd",
                 "crowds", "mob", f"Protesters ({COUNTRY[code]})", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "Protesters", "demonstrators", "crowd",
                 "crowds", f"Rioters ({COUNTRY[code]})", "rioters", *extra)


def police(code: str, *extra):
    return actor(f"Police Forces of {COUNTRY[code]}", "police", "Police", "police officers", "security forces",
                 *extra, code=code)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men")

# ---- actors (Gulf) ---------------------------------------------------------------------------------------
HOUTHI = actor("Houthis", "Ansar Allah", "Houthi movement", "Houthi rebels", "Houthi forces", "Ansarallah",
               "Yemen's Houthis", "Military Forces of Yemen (Houthi)", "Iran-aligned Houthis")
IRAN = actor("Military Forces of Iran", "Iran", "Tehran", "Islamic Revolutionary Guard Corps", "IRGC",
             "Revolutionary Guards", "Iranian forces", "Military Forces of Iran (1989-)", code="IRN")
ARAMCO = actor("Saudi Aramco", "Aramco", "Civilians (Saudi Arabia)", "oil facilities", "Saudi Arabia",
               "Military Forces of Saudi Arabia", "Government of Saudi Arabia", code="SAU")
SOUNION_CREW = actor("Sounion", "Delta Tankers", "tanker", "Civilians (Greece)", "civilians", "crew",
                     "Civilians (International)", "merchant vessel", "ship")
EU_NAVY = actor("EUNAVFOR Aspides", "Aspides", "European Union naval mission", "French navy", "French destroyer",
                "Military Forces of France", "EU naval force", code="FRA")
IS_ACT = actor("Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State (ISIS)", "gunmen", "attackers",
               "militants", "three brothers", "assailants")
OMN_CIV = civ("OMN", "worshippers", "Shia worshippers", "mourners", "Civilians (Pakistan)", "Civilians (India)",
              "Pakistani nationals", "Police Forces of Oman", "Royal Oman Police", "police officer")
KDPI = actor("KDPI", "Democratic Party of Iranian Kurdistan", "PDKI", "Kurdistan Democratic Party of Iran",
             "Iranian Kurdish opposition", "Kurdish opposition groups", "Kurdish groups", "Civilians (Iraq)",
             "civilians", "KDPI members")
KOMALA = actor("Komala", "Komala Party of Iranian Kurdistan", "Iranian Kurdish opposition",
               "Kurdish opposition groups", "Kurdish groups", "Civilians (Iraq)", "civilians")
USA = actor("Military Forces of the United States", "United States", "US military", "US forces", "CENTCOM",
            "US Central Command", "US fighter jet", "F-15", "US", "Military Forces of the United States (2021-)",
            code="USA")
KHOR_MOR_WORKERS = actor("Civilians (Yemen)", "Civilians (Iraq)", "workers", "Yemeni workers", "civilians",
                         "Dana Gas", "Pearl Petroleum", "gas field workers", "Khor Mor gas field")
UNID_DRONE = actor("unidentified armed group", "Unidentified Armed Group", "unidentified drones",
                   "Unidentified Armed Group (Iraq)", "militia", "Iran-backed militia", "armed factions",
                   "Islamic Resistance in Iraq")

# ---- actors (Pacific and East Asia) ------------------------------------------------------------------------
GIGN = actor("Police Forces of France", "gendarmes", "gendarmerie", "GIGN", "French gendarmes",
             "security forces", "Gendarmerie nationale", "Police Forces of France (2017-)", code="FRA")
NC_SUSP = actor("Civilians (New Caledonia)", "suspects", "men", "Kanak", "Kanak independence supporters",
                "rioters", "Rioters (New Caledonia)", "unidentified armed group", "gunmen", "residents")
NPA = actor("NPA", "New People's Army", "communist rebels", "CPP-NPA", "Communist Party of the Philippines",
            "Jose Rapsing Command", "rebels", "communist terrorist group", "CTG")
PHL_CIV = civ("PHL", "Kieth Absalon", "Nolven Absalon", "cousins", "cyclists", "football player")
PHL_NAVY = actor("Military Forces of the Philippines", "Philippine Navy", "Philippine navy personnel",
                 "Armed Forces of the Philippines", "AFP", "Philippine military", "navy", "Philippines",
                 "sailors", "soldiers", "Military Forces of the Philippines (2022-)", code="PHL")
PHL_BOAT = actor("Military Forces of the Philippines", "Unaizah May 4", "Unaizah May 1", "Philippine supply boat",
                 "resupply boat", "Philippine Navy", "Armed Forces of the Philippines", "Philippine Coast Guard",
                 "crew", "Philippines", "Civilians (Philippines)", code="PHL")
CCG = actor("China Coast Guard", "Chinese coast guard", "Military Forces of China", "China", "Chinese vessels",
            "Chinese personnel", "Chinese maritime militia", "Police Forces of China", "China Coast Guard (CCG)",
            code="CHN")
PRK = actor("Military Forces of North Korea", "North Korea", "North Korean military", "Korean People's Army",
            "KPA", "Pyongyang", "North Korean troops", "Military Forces of North Korea (2011-)", code="PRK")
KOR = actor("Military Forces of South Korea", "South Korea", "South Korean military", "South Korean army",
            "Joint Chiefs of Staff", "JCS", "Seoul", "South Korean troops", "Military Forces of South Korea (2022-)",
            code="KOR")
IDN_POL = actor("Police Forces of Indonesia", "police", "Brimob", "Mobile Brigade", "Indonesian police",
                "security forces", "riot police", "Police Forces of Indonesia (2014-)", "armoured vehicle",
                code="IDN")
IDN_RIOT = rioters("IDN", "students", "motorcycle taxi drivers", "ojol drivers", "delivery drivers")
IDN_DRIVER = actor("Civilians (Indonesia)", "Affan Kurniawan", "delivery driver", "motorcycle taxi driver",
                   "Protesters (Indonesia)", "protesters", "civilians")

# ---- actors (Southern Africa) ------------------------------------------------------------------------------
ZWE_SF = actor("Military Forces of Zimbabwe", "Police Forces of Zimbabwe", "soldiers", "army", "police",
               "security forces", "Zimbabwe Republic Police", "Zimbabwe National Army", "troops", code="ZWE")
ZWE_POL = actor("Police Forces of Zimbabwe", "police", "Zimbabwe Republic Police", "police officer",
                "security forces", "Military Forces of Zimbabwe", "soldiers", code="ZWE")
ZWE_RIOT = rioters("ZWE", "youths", "residents", "stayaway")
AGO_POL = actor("Police Forces of Angola", "police", "Angolan police", "National Police", "security forces",
                "Military Forces of Angola", "soldiers", "Police Forces of Angola (2017-)", code="AGO")
AGO_RIOT = rioters("AGO", "taxi drivers", "looters", "strikers", "ANATA")
LUNDA = actor("Lunda Tchokwe Protectorate Movement", "Movimento do Protectorado Lunda Tchokwe",
              "Protesters (Angola)", "protesters", "demonstrators", "separatists", "Lunda Tchokwe movement",
              "Rioters (Angola)", "rebels")
ZMB_POL = actor("Police Forces of Zambia", "police", "Zambia Police", "security forces",
                "Police Forces of Zambia (2011-2021)", code="ZMB")
UPND = actor("UPND", "United Party for National Development", "UPND supporters", "Protesters (Zambia)",
             "protesters", "supporters", "crowd", "Hakainde Hichilema's supporters")
MWI_POL = actor("Police Forces of Malawi", "police", "Malawi Police Service", "police officers", "security forces",
                "Police Forces of Malawi (2019-2020)", code="MWI")
MWI_MOB = rioters("MWI", "villagers", "residents", "youths")
MWI_WOMEN = civ("MWI", "women", "women and girls", "girls", "Women (Malawi)")

# ---- places ------------------------------------------------------------------------------------------------
ABQAIQ = place(["Abqaiq", "Buqayq", "Abqaiq processing plant", "Eastern Province"], "SAU", 25.9370, 49.6790)
KHURAIS = place(["Khurais", "Khurais oil field", "Hijrat Khurais", "Eastern Province"], "SAU", 25.0700, 48.1950)
AFIF = place(["Afif", "East-West pipeline", "Riyadh region", "Riyadh province"], "SAU", 23.9065, 42.9172)
DAWADMI = place(["Dawadmi", "Al-Dawadmi", "East-West pipeline", "Riyadh region", "Riyadh province"], "SAU",
                24.5077, 44.3924)
SHAYBAH = place(["Shaybah", "Shaybah oil field", "Shaybah natural gas liquids facility", "Empty Quarter",
                 "Rub al-Khali", "Eastern Province"], "SAU", 22.5100, 53.9600)
RED_SEA_HOD = place(["Red Sea", "off Hodeidah", "Hodeidah", "Hudaydah", "west of Hodeidah"], "YEM")
WADI_KABIR = place(["Wadi Kabir", "Wadi al-Kabir", "Imam Ali mosque", "Muscat", "Muscat governorate"], "OMN",
                   23.5930, 58.5540)
KOYA = place(["Koya", "Koysinjaq", "Koy Sanjaq", "Erbil province", "Erbil governorate", "Kurdistan Region"],
             "IRQ", 36.0829, 44.6288)
ZRGWEZ = place(["Zrgwez", "Zirgwez", "Sulaymaniyah", "Sulaimaniyah", "Sulaymaniyah province"], "IRQ",
               35.4700, 45.5500)
ERBIL = place(["Erbil", "Arbil", "Erbil province", "Kurdistan Region"], "IRQ", 36.1911, 44.0092)
KURDISTAN = place(["Kurdistan Region", "Iraqi Kurdistan", "northern Iraq", "Erbil", "Sulaymaniyah"], "IRQ")
KHOR_MOR = place(["Khor Mor", "Khor Mor gas field", "Chamchamal", "Chemchemal", "Sulaymaniyah province",
                  "Sulaimaniyah"], "IRQ", 35.1350, 44.8600)
SAINT_LOUIS = place(["Saint-Louis", "Saint Louis", "Saint-Louis tribe", "Mont-Dore", "Le Mont-Dore",
                     "Noumea", "Nouméa", "South Province"], "NCL", -22.2310, 166.5380)
NOUMEA = place(["Noumea", "Nouméa", "Greater Noumea", "New Caledonia", "South Province"], "NCL",
               -22.2758, 166.4580)
MASBATE = place(["Anas", "Barangay Anas", "Masbate City", "Masbate", "Masbate province", "Bicol"], "PHL",
                12.3700, 123.6200)
AYUNGIN = place(["Second Thomas Shoal", "Ayungin Shoal", "Ren'ai Reef", "Spratly Islands", "Spratlys",
                 "South China Sea", "West Philippine Sea", "BRP Sierra Madre"], "PHL", 9.7330, 115.8670)
SCARBOROUGH = place(["Scarborough Shoal", "Bajo de Masinloc", "Huangyan Island", "South China Sea",
                     "West Philippine Sea"], "PHL", 15.1500, 117.7600)
GYEONGUI = place(["Gyeongui road", "Gyeongui line", "Kaesong", "Demilitarized Zone", "DMZ", "inter-Korean border",
                  "Military Demarcation Line", "north of the border"], "PRK", 37.9500, 126.6800)
DONGHAE = place(["Donghae road", "Donghae line", "Goseong", "Demilitarized Zone", "DMZ", "inter-Korean border",
                 "Military Demarcation Line", "east coast", "north of the border"], "PRK", 38.6200, 128.3200)
SOUTH_DMZ = place(["south of the Military Demarcation Line", "Demilitarized Zone", "DMZ", "inter-Korean border",
                   "border", "Paju", "Gyeonggi"], "KOR")
KAESONG = place(["Kaesong", "Kaesong Industrial Complex", "inter-Korean liaison office", "Kaesong industrial zone"],
                "PRK", 37.9700, 126.5540)
JAKARTA = place(["Jakarta", "Pejompongan", "Senayan", "parliament", "Central Jakarta", "DKI Jakarta"], "IDN",
                -6.2000, 106.8000)
KWITANG = place(["Kwitang", "Brimob headquarters", "Jakarta", "Central Jakarta", "Senen"], "IDN",
                -6.1850, 106.8400)
MAKASSAR = place(["Makassar", "South Sulawesi", "DPRD building", "regional council building",
                  "Makassar city council"], "IDN", -5.1477, 119.4327)
HARARE = place(["Harare", "Epworth", "Chitungwiza", "Harare province"], "ZWE", -17.8292, 31.0522)
BULAWAYO = place(["Bulawayo", "Bulawayo province"], "ZWE", -20.1500, 28.5833)
ZWE = place(["Zimbabwe"], "ZWE")
LUANDA = place(["Luanda", "Luanda province", "Cazenga", "Viana", "Cacuaco"], "AGO", -8.8390, 13.2894)
AGO = place(["Angola"], "AGO")
CAFUNFO = place(["Cafunfo", "Cuango", "Lunda Norte", "Lunda Norte province"], "AGO", -8.7800, 17.9900)
LUSAKA = place(["Lusaka", "Lusaka province", "Lusaka Division", "police headquarters"], "ZMB", -15.4167, 28.2833)
MSUNDWE = place(["Msundwe", "Lilongwe", "Lilongwe district", "Central Region", "M'bwatalika", "Mpingu"], "MWI",
                -13.9600, 33.5500)

# ==== 1. Abqaiq and Khurais (newspaper) ===================================================================
P1 = wd("2019-09-16", "Monday")
SAT1 = wd("2019-09-14", "Saturday")
doc("saudi-abqaiq-khurais-2019-09-16", P1, "Gulf Ledger",
    "Attack on Abqaiq halves Saudi oil output as US points finger at Iran",
    "newspaper",
    """RIYADH - Saudi Arabia was still working on Monday to restore production after drones and missiles struck the heart of its oil industry before dawn on Saturday, knocking out about 5.7 million barrels a day, roughly half of the kingdom's output and some five per cent of the world's supply.

The strikes hit the Abqaiq processing plant, the largest crude stabilisation facility in the world, and the Khurais oil field about 200 kilometres to the south-west. Footage shared online showed huge fires lighting up the sky over Abqaiq shortly after 4 a.m. The interior ministry said the fires were brought under control within hours and that no one was killed or injured at either site.

Yemen's Houthi rebels said they had sent ten drones against the two facilities and threatened more attacks, calling the operation a response to the Saudi-led coalition's air campaign in Yemen. US Secretary of State Mike Pompeo rejected the claim, saying there was no evidence the attack came from Yemen and blaming Iran directly. President Donald Trump wrote that the United States was "locked and loaded" depending on verification, but added that he wanted to hear from the Saudis about who they believed was behind it.

Tehran denied any role. A foreign ministry spokesman called the American accusations meaningless and said they were meant to justify future actions against Iran. Saudi officials said early evidence showed Iranian weapons were used and that they were examining the debris.

Oil prices jumped by almost 20 per cent when markets opened on Monday, the biggest intraday rise in decades.

The attack is the most damaging in a series that has targeted Saudi energy infrastructure this year. On May 14, armed drones hit two pumping stations of the East-West pipeline, at Afif and at Dawadmi, forcing Aramco to shut the line briefly; the Houthis said they were behind that attack too. On August 17, drones set off a fire at the Shaybah natural gas liquids facility near the border with the United Arab Emirates, which Aramco said caused no injuries.

Analysts said the apparent ease with which the weapons got past Saudi air defences, built largely around American Patriot batteries facing south towards Yemen, would raise hard questions in Riyadh.
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], either(HOUTHI, IRAN, UNID), ARAMCO, SAT1, None, ABQAIQ, (0, 0),
           note="drones and missiles; Houthi claim vs US blame on Iran (both accepted); no one killed"),
        ev("e2", REMOTE, [AIR, MISSILE], either(HOUTHI, IRAN, UNID), ARAMCO, SAT1, None, KHURAIS, (0, 0),
           note="second site, same attack: one event per place"),
        ev("e3", REMOTE, AIR, either(HOUTHI, UNID), ARAMCO, wd("2019-05-14", "Tuesday"), None, AFIF, None,
           note="background: 'On May 14, armed drones hit two pumping stations ... at Afif and at Dawadmi'"),
        ev("e4", REMOTE, AIR, either(HOUTHI, UNID), ARAMCO, "2019-05-14", None, DAWADMI, None,
           note="background, second pumping station"),
        ev("e5", REMOTE, AIR, either(UNID, HOUTHI), ARAMCO, wd("2019-08-17", "Saturday"), None, SHAYBAH, (0, 0),
           note="background: Shaybah fire, 'caused no injuries'; no claim in the text (Houthis accepted)"),
    ])

# ==== 2. Sounion (wire) ==================================================================================
P2 = wd("2024-08-30", "Friday")
doc("red-sea-sounion-tanker-2024-08-30", P2, "Tidewater Wire",
    "Houthis release video of blasts on abandoned Greek tanker in Red Sea",
    "wire",
    """DUBAI, Aug 30 (Tidewater Wire) - Yemen's Houthis on Thursday released video showing their fighters boarding the Greek-flagged oil tanker Sounion in the Red Sea and setting off explosive charges on its deck, the latest twist in an attack that has raised fears of one of the worst oil spills on record.

The Sounion, carrying about 150,000 tonnes of crude, was attacked off the Yemeni port of Hodeidah on Wednesday, August 21. The British military's maritime agency said the vessel was hit by small-arms fire and projectiles fired from small boats, and later by an unmanned craft, and that a fire broke out on board. The Houthis claimed the attack, saying the ship belonged to a company that had violated their ban on entering Israeli ports.

None of the 25 crew members - 23 Filipinos and two Russians - was hurt. They were taken off the stricken vessel the next day by a French destroyer serving with the European Union's Aspides naval mission and brought to Djibouti along with four private security guards.

On Friday last week, Aspides said several fires had been detected on the main deck of the abandoned tanker. The Houthi footage, which appeared to have been filmed that day, shows masked men walking across the deck before a series of explosions. Aspides said the ship was not leaking oil for now but described it as a hazard to navigation and the environment.

The Houthis said on Wednesday that they would allow tugboats to approach the tanker for a salvage operation, according to Iran's mission to the United Nations. The United States called the attack reckless and urged the group to stop threatening shipping.

Since November, the Houthis have attacked more than 80 merchant vessels with missiles and drones, seized one ship and sunk two, saying they act in solidarity with the Palestinians in Gaza.
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], HOUTHI, SOUNION_CREW, wd("2024-08-21", "Wednesday"), None, RED_SEA_HOD,
           (0, 0), note="small-arms fire, projectiles and an unmanned craft; 'None of the 25 crew ... was hurt'. "
                        "Coded at sea off Hodeidah, YEM, no point; Armed clash not offered (no return fire)"),
        ev("e2", STRAT, [LOOT, OTHER], HOUTHI, SOUNION_CREW, wd("2024-08-22", "Thursday"), wd("2024-08-23", "Friday"),
           RED_SEA_HOD, None,
           note="boarding and explosive charges on the abandoned tanker; fires detected 'On Friday last week' "
                "(23 Aug), footage 'appeared to have been filmed that day' - range from the evacuation day"),
        ev("e3", STRAT, OTHER, EU_NAVY, SOUNION_CREW, "2024-08-22", None, RED_SEA_HOD, optional=True,
           note="crew evacuation by a French destroyer (not violence)"),
        gold_kit.noted_tally("t1", HOUTHI, None, "2023-11-01", P2, place(["Red Sea", "Gulf of Aden", "Yemen"], "YEM"),
                             80, optional=True, note="'Since November ... more than 80 merchant vessels' (start of "
                             "November 2023 assumed); optional"),
    ])

# ==== 3. Oman mosque (wire brief) =========================================================================
P3 = wd("2024-07-16", "Tuesday")
MON3 = wd("2024-07-15", "Monday")
doc("oman-wadi-kabir-mosque-2024-07-16", P3, "Arabian Sea Newswire",
    "Six killed in rare attack on Muscat mosque",
    "wire brief",
    """MUSCAT, July 16 (Arabian Sea Newswire) - Gunmen opened fire on worshippers gathered at a Shi'ite mosque in the Wadi Kabir area of Muscat late on Monday, killing six people including a police officer, Royal Oman Police said on Tuesday.

The three attackers were killed by security forces in an operation that ended in the early hours, police said. Twenty-eight people were wounded, among them police and rescue workers. Hundreds of people had gathered at the Imam Ali mosque for Ashura.

Pakistan's foreign ministry said four of the dead were Pakistani nationals. No group immediately claimed responsibility. Such violence is almost unknown in Oman.
""",
    [
        ev("e1", VAC, ATTACK, either(IS_ACT, UNID), OMN_CIV, MON3, P3, WADI_KABIR, (9, 9),
           note="'late on Monday' with the operation ending 'in the early hours': Mon-Tue range; 6 + the 3 attackers "
                "killed by security forces = 9"),
    ])

# ==== 4. Oman mosque (wire, second report) =================================================================
P4 = wd("2024-07-17", "Wednesday")
doc("oman-mosque-is-claim-2024-07-17", P4, "Levant & Gulf Post",
    "Islamic State claims Oman mosque attack; police say gunmen were three brothers",
    "wire",
    """DUBAI, July 17 (Levant & Gulf Post) - Islamic State claimed responsibility for Monday night's attack on a Shi'ite mosque in Muscat, the first time the group has claimed an attack in Oman, as police said the three gunmen were Omani brothers who shared extremist ideas.

Royal Oman Police said on Wednesday that the brothers had opened fire on worshippers gathered for Ashura at the Imam Ali mosque in Wadi Kabir and then exchanged fire with police for several hours. The dead were four Pakistanis, an Indian and an Omani police officer. All three attackers were killed.

In a statement on its Amaq news agency on Tuesday, the group said its fighters had attacked Shi'ites during their rituals and published a short video of the gunmen. An Indian embassy official said one Indian national was killed and another was wounded.

Security analysts said the claim was a warning that the group, weakened in Iraq and Syria, was trying to stir sectarian tension even in a country known for neutrality in regional conflicts. Oman's government, which rarely comments on security matters, said it would not allow anyone to undermine the country's stability.

The United States embassy in Muscat urged American citizens to stay alert, and Pakistan's government said it would help return the bodies of its citizens. Funerals for some of the victims were held on Wednesday.
""",
    [
        ev("e1", VAC, ATTACK, IS_ACT, OMN_CIV, MON3, P3, WADI_KABIR, (9, 9),
           same_as="oman-wadi-kabir-mosque-2024-07-16/e1",
           note="'Monday night's attack' with a firefight 'for several hours': Mon-Tue; 6 + 3 attackers; "
                "Battles not offered (the exchange with police is a component)"),
    ])

# ==== 5. Koya (wire) ========================================================================================
P5 = wd("2022-09-29", "Thursday")
WED5 = wd("2022-09-28", "Wednesday")
doc("iraq-koya-irgc-strikes-2022-09-29", P5, "Two Rivers Wire",
    "Iran's Guards pound Kurdish opposition bases in northern Iraq; 13 dead",
    "wire",
    """ERBIL, Iraq, Sept 29 (Two Rivers Wire) - Iran's Revolutionary Guards fired missiles and armed drones at the bases of Iranian Kurdish opposition groups in Iraq's Kurdistan Region on Wednesday, killing 13 people and wounding 58, Kurdish health officials said, in the deadliest such cross-border assault in years.

The heaviest strikes hit compounds of the Democratic Party of Iranian Kurdistan (KDPI) outside the town of Koya, east of Erbil, where the group's fighters and their families have lived for decades. Residents said a school and houses were damaged and that a pregnant woman was among the dead. Drones also struck a camp of the leftist Komala party at Zrgwez, near Sulaymaniyah. The health ministry did not say how many died at each site.

The Guards said they had used precision missiles and drones against "terrorist" groups that they accuse of smuggling weapons and stirring the protests that have swept Iran since the death in custody of Mahsa Amini, a 22-year-old Kurdish woman, on September 16. The groups deny arming the protesters and say they only give political support.

The US military said one of its F-15 fighter jets shot down an Iranian drone that was heading towards Erbil and appeared to threaten American forces there. US Central Command called the Iranian strikes an unlawful attack on Iraq's sovereignty.

Iraq's foreign ministry summoned the Iranian ambassador, and the Kurdistan Regional Government condemned the attack. Tehran warned that it would keep striking the groups until Baghdad and Erbil disarmed them.
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], IRAN, KDPI, WED5, None, KOYA, None,
           note="missiles and drones on the KDPI compounds; 13 over Koya and Zrgwez, split not given: null"),
        ev("e2", REMOTE, [AIR, MISSILE], IRAN, KOMALA, WED5, None, ZRGWEZ, None,
           note="drones on the Komala camp near Sulaymaniyah"),
        ev("e3", STRAT, DISRUPTED, USA, IRAN, WED5, None, ERBIL, None,
           note="US F-15 shot down an Iranian drone heading towards Erbil; place approximate (near Erbil)"),
        ev("e4", REMOTE, [MISSILE, AIR], IRAN, either(KDPI, KOMALA), WED5, None, KURDISTAN, (13, 13), optional=True,
           note="aggregate: 13 dead over both sites"),
    ])

# ==== 6. Khor Mor (newspaper) ================================================================================
P6 = wd("2024-04-28", "Sunday")
FRI6 = wd("2024-04-26", "Friday")
doc("iraq-khor-mor-drone-2024-04-28", P6, "The Kurdistan Observer",
    "Drone strike on Khor Mor gas field kills four Yemeni workers, cuts power across Kurdistan",
    "newspaper",
    """SULAYMANIYAH - A drone struck the Khor Mor gas field in the Kurdistan Region on Friday night, killing four Yemeni workers and forcing a halt to gas production that left much of the region with long power cuts over the weekend.

The drone hit a storage area of the field, which is run by the UAE-based companies Dana Gas and Crescent Petroleum through the Pearl Petroleum consortium, shortly before midnight, officials said. Four workers from Yemen were killed and several others hurt, and a fire burned for hours. Gas from Khor Mor, near Chamchamal between Kirkuk and Sulaymaniyah, feeds the main power stations of the region.

No group said it carried out the attack. Kurdish officials pointed to Iran-aligned armed factions in Iraq, which have targeted the field before, but did not name any. The Kurdistan Regional Government's prime minister, Masrour Barzani, called it a terrorist attack and urged Baghdad to find and punish those responsible, while Iraqi Prime Minister Mohammed Shia al-Sudani ordered a committee to investigate.

The United States, whose diplomats have for months pressed Baghdad to rein in the factions, condemned what it called a despicable drone attack.

Khor Mor has been hit repeatedly: the field came under a string of rocket attacks in 2022, most of which caused damage but no casualties. The attacks have repeatedly hurt plans by Pearl Petroleum to expand production.

Electricity officials said on Sunday that partial output had resumed and that supply would return to normal within days. Residents of Erbil and Sulaymaniyah said they were getting only a few hours of power a day.
""",
    [
        ev("e1", REMOTE, AIR, UNID_DRONE, KHOR_MOR_WORKERS, FRI6, None, KHOR_MOR, (4, 4),
           note="'on Friday night ... shortly before midnight'; unclaimed; 4 Yemeni workers"),
        ev("e2", REMOTE, MISSILE, UNID_DRONE, KHOR_MOR_WORKERS, "2022-01-01", "2022-12-31", KHOR_MOR, None,
           optional=True, note="'a string of rocket attacks in 2022': a series, undated"),
    ])

# ==== 7. New Caledonia, Saint-Louis (wire) ===================================================================
P7 = wd("2024-09-20", "Friday")
doc("new-caledonia-saint-louis-2024-09-20", P7, "Coral Sea Dispatch",
    "Two men shot dead by gendarmes in New Caledonia's Saint-Louis",
    "wire",
    """NOUMEA, Sept 20 (Coral Sea Dispatch) - French gendarmes shot dead two men during an operation in the Kanak tribal area of Saint-Louis, on the southern edge of Noumea, on Thursday, bringing to 13 the number of people killed since unrest broke out in New Caledonia in May, the territory's prosecutor said.

Prosecutor Yves Dupas said the elite GIGN unit had gone into Saint-Louis early on Thursday to arrest people wanted over attempted murders of gendarmes in recent months. The officers came under fire, he said, and returned it, killing one man; a second man died later from his wounds. One of the two was among 13 people sought by the authorities, he added.

Separatist leaders questioned the police account and called for an independent inquiry. Saint-Louis, a tribe of about 1,000 people on the road between Noumea and Mont-Dore, has been the scene of repeated confrontations with security forces since the riots, and gendarmes have mounted several operations there to reopen the road.

The riots erupted on May 13 in the suburbs of Noumea over a plan by Paris to expand the territory's electoral roll, which indigenous Kanaks said would weaken their vote. Homes, shops and factories were burned and looted, and the violence left damage estimated at more than two billion euros. Two gendarmes were among those killed.

The authorities have extended a night curfew ahead of September 24, the anniversary of France taking possession of the islands in 1853, a date that independence supporters mark as a day of mourning. Thousands of extra police and gendarmes remain deployed.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], GIGN, NC_SUSP, wd("2024-09-19", "Thursday"), None, SAINT_LOUIS,
           (2, 2), note="gendarmes say they came under fire and returned it: Armed clash, or an attack on the men "
                        "(the separatists dispute the account)"),
        ev("e2", RIOTS, VIOLENT, rioters("NCL", "Kanak", "Kanak youths", "independence supporters"),
           police("NCL", "gendarmes", "Police Forces of France", "French state"),
           "2024-05-13", None, NOUMEA, None, optional=True,
           note="background: 'The riots erupted on May 13 in the suburbs of Noumea' - the start of a months-long "
                "wave; 13 dead since May is a period toll, not this day's"),
    ])

# ==== 8. Masbate IED (police statement paraphrase) ===========================================================
P8 = wd("2021-06-07", "Monday")
doc("philippines-masbate-ied-police-2021-06-07", P8, "Bicol Regional Bulletin",
    "Police statement: two cousins killed by NPA landmine in Masbate City",
    "police press release (paraphrase)",
    """PRESS RELEASE - Police Regional Office 5 (Bicol), Legazpi City - 7 June 2021

The Police Regional Office 5 strongly condemns the use of an anti-personnel mine by the communist terrorist group New People's Army (NPA) that killed two civilians and wounded a minor in Barangay Anas, Masbate City, on the morning of Sunday, 6 June 2021.

Based on the initial report of the Masbate Police Provincial Office, the victims, identified as Kieth Absalon, 21, a varsity football player, and his cousin Nolven Absalon, 40, were on their way home on bicycles with several relatives when an improvised explosive device planted along the road exploded at around 7:00 a.m. Both died on the spot. A 16-year-old companion suffered shrapnel wounds and was brought to the Masbate Provincial Hospital, where he is in stable condition.

Responding police personnel recovered components of the explosive device, including a blasting cap and electrical wire connected to a detonating point some distance from the road. Witnesses reported that armed men were seen leaving the area after the explosion.

The use of landmines is prohibited under international humanitarian law and under Republic Act 9851. The Regional Director has directed the Masbate Police Provincial Office to file appropriate charges against the perpetrators and has ordered intensified security operations in the area.

The PRO5 extends its deepest sympathies to the families of the victims and appeals to the public to report any information on the whereabouts of the suspects.
""",
    [
        ev("e1", REMOTE, IED, either(NPA, UNID), PHL_CIV, wd("2021-06-06", "Sunday"), None, MASBATE, (2, 2),
           note="IED on the road; 2 killed, a minor wounded; the police blame the NPA (armed men accepted)"),
    ])

# ==== 9. Second Thomas Shoal (wire) ===============================================================================
P9 = wd("2024-06-19", "Wednesday")
MON9 = wd("2024-06-17", "Monday")
doc("south-china-sea-ayungin-wire-2024-06-19", P9, "Archipelago Wire",
    "Philippines says Chinese coast guard wielded axes, seized rifles at disputed shoal",
    "wire",
    """MANILA, June 19 (Archipelago Wire) - Chinese coast guard personnel armed with axes, knives and sticks rammed and boarded Philippine navy boats on a resupply run to a grounded warship at the Second Thomas Shoal on Monday, seized seven rifles and punctured the boats, the Philippine military said on Wednesday.

Armed Forces chief General Romeo Brawner said the Chinese acted like pirates. Navy personnel fought back with their bare hands, he said, and one sailor lost his right thumb when a Chinese vessel rammed his rigid-hull inflatable boat. Several others were hurt. Brawner demanded that China return the rifles and pay for the damage.

Video released by the military showed Chinese personnel pointing blades at the Filipino sailors and sirens blaring as boats collided. The Filipinos were trying to bring food, water and other supplies to the handful of marines stationed on the BRP Sierra Madre, a rusting navy ship deliberately run aground on the shoal in 1999 to assert Manila's claim.

China's coast guard said it had taken lawful "control measures", including boarding and inspection, against Philippine vessels that had illegally intruded into waters near what it calls Ren'ai Reef, and that its actions were professional and restrained. Beijing's foreign ministry said no direct measures were taken against personnel.

The United States, a treaty ally of the Philippines, condemned China's aggressive and dangerous actions. Manila's National Security Council said it did not consider the incident an armed attack that would trigger the mutual defence treaty, calling it a misunderstanding or an accident, but said it would not be deterred from resupplying its troops.
""",
    [
        ev("e1", [STRAT, BATTLES, VAC], [OTHER, LOOT, CLASH, ATTACK], CCG, PHL_NAVY, MON9, None, AYUNGIN, (0, 0),
           note="boarding, ramming, blades, seizure of rifles, punctured boats; no shots, nobody killed "
                "(a sailor lost a thumb): the codebook fit is loose, every reading accepted; coded PHL at the shoal"),
    ])

# ==== 10. South China Sea (long-form analysis) ====================================================================
P10 = wd("2024-06-24", "Monday")
doc("south-china-sea-analysis-2024-06-24", P10, "The Asia-Pacific Review",
    "Water cannon to axes: how the fight for a rusting ship at Second Thomas Shoal escalated",
    "long-form analysis",
    """For almost 25 years, a rusting landing ship called the BRP Sierra Madre has sat on the Second Thomas Shoal in the Spratly Islands, a Philippine outpost of a few marines in waters that China claims as its own. For most of that time the resupply missions that keep it manned were routine. Over the past year they have become the most dangerous flashpoint in the South China Sea.

The clash of June 17 marked a new level. Chinese coast guard crews in speedboats surrounded two Philippine navy inflatable boats, rammed them and boarded them, brandishing axes and knives. They seized seven rifles that had been packed in cases, punctured the boats and damaged navigation equipment. A Filipino sailor lost a thumb. Beijing called it a lawful law-enforcement operation; Manila compared it to piracy.

The escalation began in earnest last year. On August 5, 2023, a Chinese coast guard ship fired its water cannon at a supply boat heading for the shoal, preventing one of two boats from reaching the outpost. On Sunday, December 10, water cannon blasts disabled the engine of the supply boat Unaizah May 1, and a Chinese vessel rammed a Philippine coast guard ship carrying the armed forces chief. A day earlier, Chinese ships had fired water cannon at Philippine fisheries vessels at Scarborough Shoal, far to the north.

This year brought injuries. On Tuesday, March 5, water cannon smashed the windscreen of the Unaizah May 4, injuring four of its crew, while a Chinese coast guard ship collided with a Philippine escort. On Saturday, March 23, the same boat was hit by water cannon again for about an hour, leaving it badly damaged and three crew members hurt; it had to be towed back. No one has been killed.

Manila's response has been to publicise every encounter, inviting journalists on board escort ships. Beijing, for its part, introduced a rule in June allowing its coast guard to detain foreigners suspected of trespassing for up to 60 days without trial.

Washington has repeatedly said that an armed attack on Philippine public vessels, aircraft or armed forces anywhere in the South China Sea would invoke the 1951 mutual defence treaty. The June 17 clash tested that line without crossing it: no shots were fired, and Manila chose not to call it an armed attack.

Diplomats say both sides are now looking for a way to let resupply continue without a showdown each time. Until they find one, every boat that sets out for the Sierra Madre carries the risk of a first death.
""",
    [
        ev("e1", [STRAT, BATTLES, VAC], [OTHER, LOOT, CLASH, ATTACK], CCG, PHL_NAVY, MON9, None, AYUNGIN, None,
           same_as="south-china-sea-ayungin-wire-2024-06-19/e1",
           note="the June 17 clash recalled; 'No one has been killed' is said of all encounters; left null here"),
        ev("e2", [STRAT, VAC], [OTHER, ATTACK], CCG, PHL_BOAT, wd("2023-08-05", "Saturday"), None, AYUNGIN, None,
           note="background: water cannon at a supply boat, August 5, 2023"),
        ev("e3", [STRAT, VAC], [OTHER, ATTACK, LOOT], CCG, PHL_BOAT, wd("2023-12-10", "Sunday"), None, AYUNGIN, None,
           note="background: water cannon disabled Unaizah May 1's engine, a ramming; Sunday December 10 (2023)"),
        ev("e4", [STRAT, VAC], [OTHER, ATTACK], CCG,
           actor("Bureau of Fisheries and Aquatic Resources", "BFAR", "Philippine fisheries vessels",
                 "Government of the Philippines", "Philippines", "Civilians (Philippines)", code="PHL"),
           wd("2023-12-09", "Saturday"), None, SCARBOROUGH, None,
           note="background: 'A day earlier' than December 10: water cannon at Scarborough Shoal"),
        ev("e5", [STRAT, VAC], [OTHER, ATTACK], CCG, PHL_BOAT, wd("2024-03-05", "Tuesday"), None, AYUNGIN, None,
           note="water cannon and collision, four crew injured (not killed): null"),
        ev("e6", [STRAT, VAC], [OTHER, ATTACK], CCG, PHL_BOAT, wd("2024-03-23", "Saturday"), None, AYUNGIN, None,
           note="water cannon for about an hour, three crew hurt"),
        ev("e7", STRAT, OTHER, actor("Government of China", "China", "Beijing", "China Coast Guard", code="CHN"), None,
           "2024-06-01", P10, None, optional=True,
           note="a new detention rule: a policy, no place"),
    ])

# ==== 11. Korean border roads (live blog) =========================================================================
P11 = wd("2024-10-15", "Tuesday")
doc("korea-border-roads-liveblog-2024-10-15", P11, "Han River Times",
    "Live: North Korea blows up inter-Korean roads, South fires warning shots",
    "live blog (GMT, newest first)",
    """Live: North Korea blows up roads linking it to the South

Tuesday 15 October (all times GMT)

09:40 - The White House says it is following the situation closely with its South Korean allies. Seoul's unification ministry calls the demolition "an abnormal and regressive act", noting that the South paid for the roads with loans worth about $130 million that Pyongyang has never repaid.

07:15 - Recap: North Korea blew up sections of the Gyeongui road in the west and the Donghae road on the east coast at about noon local time, just north of the Military Demarcation Line, the South's Joint Chiefs of Staff said. In response, the South Korean army fired warning shots into the area south of the line. No damage or injuries were reported on the southern side.

05:30 - The JCS has released footage showing a series of explosions and plumes of dust and smoke over the road on the western front, followed by North Korean trucks and excavators moving in to clear debris. About 60 metres of each road appear to have been destroyed, officials said.

03:20 - Breaking: South Korea's military says the North has just detonated explosives on the roads that run through the border area. The military says it had been watching preparations for days.

02:45 - Background: Pyongyang said last week it would permanently cut off roads and railways with the South and fortify its side of the border, calling the South a hostile state. On Friday its foreign ministry accused Seoul of flying drones over Pyongyang on three nights this month, on October 3, 9 and 10, to scatter propaganda leaflets, and warned of a "horrible disaster". Seoul's defence ministry first denied it, then said it could not confirm the claim.

02:30 - The last time the North blew up a symbol of cooperation was on June 16, 2020, when it demolished the inter-Korean liaison office in Kaesong, a building paid for by the South, after anger over leaflets sent across by activists. No one was hurt then either.

02:00 - Good morning. We are following reports of unusual North Korean activity along the border.
""",
    [
        ev("e1", STRAT, [LOOT, OTHER], PRK, None, P11, None, GYEONGUI, (0, 0),
           note="demolition of a section of the Gyeongui road north of the MDL; 'No damage or injuries' said of "
                "the southern side; 0 as nobody was reported hurt (doubtful: may be left null)"),
        ev("e2", STRAT, [LOOT, OTHER], PRK, None, P11, None, DONGHAE, (0, 0),
           note="Donghae road on the east coast: second place"),
        ev("e3", [STRAT, BATTLES], [OTHER, CLASH], KOR, PRK, P11, None, SOUTH_DMZ, (0, 0), responds_to=["e1", "e2"],
           note="'In response, the South Korean army fired warning shots into the area south of the line'"),
        ev("e4", STRAT, LOOT, PRK, actor("Government of South Korea", "South Korea", "Seoul", code="KOR"),
           wd("2020-06-16", "Tuesday"), None, KAESONG, (0, 0),
           note="background: liaison office demolished on June 16, 2020; 'No one was hurt then either'"),
        ev("e5", STRAT, OTHER, either(actor("Military Forces of South Korea", "South Korea", "Seoul", code="KOR"),
                                      actor("unidentified drones", "drones", "unidentified armed group")),
           PRK, "2024-10-03", "2024-10-10",
           place(["Pyongyang"], "PRK", 39.0392, 125.7625), None, optional=True,
           note="leaflet drones over Pyongyang on three claimed nights: a claim, denied, not confirmed"),
    ])

# ==== 12. Indonesia, Jakarta and Makassar (garbled) ================================================================
P12 = wd("2025-08-30", "Saturday")
THU12, FRI12 = wd("2025-08-28", "Thursday"), wd("2025-08-29", "Friday")
doc("indonesia-makassar-riots-garbled-2025-08-30", P12, "Nusa Daily Update",
    "Indonesia riots: 3 die in Makassar council fire after delivery driver death",
    "garbled machine-rewritten web copy",
    """Indonesia riots: 3 die in Makassar council fire after delivery driver death

Jakarta - Three persons was died when the protesters set on fire the building of regional parliament (DPRD) in Makassar city of South Sulawesi on Friday night, the local official has said, as the anger over the death of online motorcycle taxi driver spreading to many cities of the country.

The victims was trapped inside the burning building, two of them are council staffs, while some other people jump from the windows and got injured, according to the disaster agency. Dozens of vehicle also burned in the parking area.

The demonstration started in Jakarta on Thursday near the parliament complex with the students and workers who is protesting the big housing allowance for the lawmakers. In the evening, an armoured car of the Mobile Brigade (Brimob) police was run over the driver named Affan Kurniawan, 21, who was delivering food, he was died in hospital. The video of the incident went viral and make people very angry.

On Friday the crowds surrounded the Brimob headquarters in Kwitang, Central Jakarta, throwing stones and fireworks and burning police posts, police fire tear gas to them until late night. President Prabowo Subianto said he is shocked and sad and order an investigation transparently, and the police said seven Brimob officers was detained for the examination of ethics.

Protests also reported in Surabaya, Bandung, Medan and Solo, the situation is still tense on Saturday.

Related News
Share this
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], either(protesters("IDN", "students", "workers"), IDN_POL),
           either(IDN_POL, IDN_DRIVER), THU12, None, JAKARTA, (1, 1),
           note="Thursday protest near parliament, police armoured car ran over a delivery driver (1)"),
        ev("e2", RIOTS, VIOLENT, IDN_RIOT, actor("Government of Indonesia", "regional parliament", "DPRD",
                                                 "Makassar regional parliament", "Civilians (Indonesia)", "council staff",
                                                 code="IDN"),
           FRI12, None, MAKASSAR, (3, 3), note="council building set on fire Friday night, 3 dead"),
        ev("e3", RIOTS, VIOLENT, IDN_RIOT, IDN_POL, FRI12, None, KWITANG, None,
           note="crowds at the Brimob headquarters, stones, fireworks, police posts burned; tear gas"),
        ev("e4", STRAT, ARRESTS, IDN_POL, IDN_POL, FRI12, P12, JAKARTA, optional=True,
           note="seven Brimob officers detained for an ethics examination; undated"),
        ev("e5", [PROTESTS, RIOTS], [PEACEFUL, VIOLENT], IDN_RIOT, None, FRI12, P12,
           place(["Surabaya", "Bandung", "Medan", "Solo", "Indonesia"], "IDN"), optional=True,
           note="'Protests also reported in Surabaya, Bandung, Medan and Solo': four places, undated, no detail"),
    ])

# ==== 13. Zimbabwe fuel protests (garbled) =========================================================================
P13 = wd("2019-01-16", "Wednesday")
MON13 = wd("2019-01-14", "Monday")
doc("zimbabwe-fuel-protests-garbled-2019-01-16", P13, "Zim Newsline 24",
    "Zimbabwe: Pastor Mawarire arrested as fuel price protests death toll rise",
    "garbled machine-rewritten web copy",
    """Zimbabwe: Pastor Mawarire arrested as fuel price protests death toll rise

Harare - Activist pastor Evan Mawarire has been arrested at his home in Harare early on Wednesday and is charged with inciting public violence, his lawyers said, after three days of the stayaway against the fuel price hike which turned violent.

The protest erupt on Monday after the president Emmerson Mnangagwa has announce the price of fuel more than doubling, the roads was barricaded with burning tyres and rocks in Harare suburbs of Epworth and Chitungwiza and the shops were looted, while police was firing teargas and live bullets to disperse the crowds. In Bulawayo the rioters also looted shops and a police officer was killed by a mob, the police said.

The government say three people is killed on Monday including the policeman, but the rights groups and the doctors association said at least eight people died by the gunshot wounds and dozens was treated in hospitals.

Residents of the high density suburbs said soldiers have gone house to house on Tuesday night, beating the men and young people with sticks and whips. The internet was shut down across country since Tuesday.

Police said more than 200 people arrested for the looting and violence. The ministry said the protest was a plan of the opposition to overthrow the government, the opposition MDC denied it.

In August last year soldiers was firing on the opposition supporters in the streets of Harare after the elections, and six person was killed.

Leave a Comment
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], ZWE_RIOT, ZWE_SF, MON13, None, HARARE, None,
           note="barricades, looting, police tear gas and live rounds in Harare suburbs; toll not split by place"),
        ev("e2", RIOTS, [VIOLENT, MOB], ZWE_RIOT, ZWE_POL, MON13, None, BULAWAYO, (1, 1),
           note="looting and a police officer killed by a mob in Bulawayo"),
        ev("e3", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], ZWE_RIOT, ZWE_SF, MON13, None, ZWE, (3, 8), optional=True,
           note="aggregate: government 3 (incl. the policeman) vs rights groups at least 8, nationwide"),
        ev("e4", VAC, ATTACK, ZWE_SF, civ("ZWE", "men", "young people"), wd("2019-01-15", "Tuesday"), P13, HARARE,
           None, note="'soldiers have gone house to house on Tuesday night, beating ...' (Tue night into Wed); "
                      "suburbs of Harare assumed from 'high density suburbs'"),
        ev("e5", STRAT, ARRESTS, ZWE_POL, actor("Evan Mawarire", "Mawarire", "Pastor Evan Mawarire", "activist",
                                                "Civilians (Zimbabwe)", "This Flag movement"),
           P13, None, HARARE, note="arrested at his home in Harare early on Wednesday"),
        ev("e6", STRAT, ARRESTS, ZWE_POL, ZWE_RIOT, MON13, P13, ZWE, optional=True,
           note="more than 200 arrested: undated, placeless"),
        ev("e7", [PROTESTS, VAC], [EXCESSIVE, ATTACK], either(protesters("ZWE", "opposition supporters", "MDC supporters"),
                                                              ZWE_SF),
           either(ZWE_SF, protesters("ZWE", "opposition supporters", "MDC supporters")),
           "2018-08-01", "2018-08-31", HARARE, (6, 6),
           note="background: 'In August last year soldiers was firing on the opposition supporters ... six person "
                "was killed' (1 Aug 2018; the text gives only the month)"),
    ])

# ==== 14. Angola (long-form analysis) ==============================================================================
P14 = wd("2025-07-31", "Thursday")
doc("angola-luanda-fuel-riots-analysis-2025-07-31", P14, "The Southern Africa Monitor",
    "After Luanda's deadly week, a familiar pattern of protest and bullets",
    "long-form analysis",
    """It began as a strike by minibus taxi drivers. By the time Angola's interior minister gave his tally on Wednesday, at least 22 people were dead, among them a police officer, 197 were injured and 1,214 had been arrested.

The drivers' association had called a three-day stoppage from Monday after the government raised the price of diesel from 300 to 400 kwanzas a litre, the latest step in the removal of fuel subsidies urged by the International Monetary Fund. On Monday morning, with the candongueiro taxis off the roads, crowds in Luanda's poorer districts, Cazenga, Viana and Cacuaco among them, blocked roads, stoned buses and looted shops and warehouses. Police answered with tear gas and, witnesses and rights groups say, live ammunition. The rioting went on into Tuesday and spread to several provinces, before the army was deployed alongside the police.

Minister Manuel Homem blamed "criminals" who, he said, used the strike as cover for vandalism. Opposition party UNITA and human rights lawyers accused the police of firing on unarmed people and demanded an inquiry. President Joao Lourenco, who will host Angola's 50th independence anniversary in November, has not spoken publicly.

The pattern is familiar in the region. In Angola itself, on January 30, 2021, police and soldiers opened fire on a crowd that had marched on the police station in Cafunfo, a diamond-mining town in Lunda Norte, in support of the Lunda Tchokwe Protectorate movement, which seeks autonomy for the area. The government said six people were killed in what it called an armed rebellion; local activists and UNITA said more than 20 died, and some bodies were never returned to families.

Across the border in Zambia, police fired live rounds near their headquarters in Lusaka on December 23, 2020, as supporters gathered while opposition leader Hakainde Hichilema was being questioned. A state prosecutor walking nearby and a supporter of his party were shot dead. Hichilema won the presidency eight months later.

In each case, economists note, the trigger was bread-and-butter: fuel, food, jobs. In each case the first official response was to describe the protesters as criminals or rebels.

Luanda was calm but tense on Thursday, with taxis back on the streets and armoured vehicles at major junctions. The drivers' association said it had called off the strike but that the grievances remained.
""",
    [
        ev("e1", RIOTS, VIOLENT, AGO_RIOT, AGO_POL, wd("2025-07-28", "Monday"), wd("2025-07-29", "Tuesday"), LUANDA,
           None, note="Monday-Tuesday rioting and looting in Luanda; the 22 dead cover Luanda and several provinces: "
                      "null here, optional aggregate e2"),
        ev("e2", RIOTS, VIOLENT, AGO_RIOT, AGO_POL, "2025-07-28", "2025-07-30", AGO, (22, 22), optional=True,
           note="aggregate: 'at least 22 people were dead, among them a police officer'"),
        ev("e3", STRAT, ARRESTS, AGO_POL, AGO_RIOT, "2025-07-28", "2025-07-30", AGO, optional=True,
           note="1,214 arrested, nationwide"),
        ev("e4", [PROTESTS, BATTLES], [EXCESSIVE, CLASH], LUNDA, AGO_POL, wd("2021-01-30", "Saturday"), None,
           CAFUNFO, (6, 20),
           note="background: government 6 ('armed rebellion') vs activists 'more than 20'; Protests/Excessive force "
                "or an armed clash as the government framed it"),
        ev("e5", PROTESTS, EXCESSIVE, UPND, ZMB_POL, wd("2020-12-23", "Wednesday"), None, LUSAKA, (2, 2),
           note="background: police live rounds at opposition supporters; a prosecutor and a supporter shot dead"),
    ])

# ==== 15. Malawi, Msundwe (newspaper) ==============================================================================
P15 = wd("2019-10-16", "Wednesday")
TUE15 = wd("2019-10-08", "Tuesday")
doc("malawi-msundwe-police-abuse-2019-10-16", P15, "The Lilongwe Chronicle",
    "Women accuse police of rape in revenge raid on Msundwe after officer's killing",
    "newspaper",
    """LILONGWE - Women in Msundwe and neighbouring villages west of Lilongwe say police officers raped and assaulted them in a night of reprisals after a policeman was killed in the area during post-election protests last week.

Inspector Usumani Imedi was attacked by a crowd at Msundwe on Tuesday last week, October 8, as police tried to stop protesters heading towards Lilongwe to join demonstrations against the disputed re-election of President Peter Mutharika. He was beaten and stoned and died on the way to hospital, police said. Several people have since been arrested over his death.

That night and the following day, residents say, dozens of police officers came back to the trading centre and nearby villages. Women interviewed by this newspaper described officers breaking into homes, beating men and forcing women and girls to have sex with them at gunpoint. A coalition of women's rights organisations said on Monday that it had documented at least 13 cases of rape and sexual assault, including against girls, and that the raid was carried out in retaliation for the killing of the officer.

Police spokesman James Kadadzera said the service did not condone any misconduct by its officers and urged victims to file complaints, adding that officers had been sent to Msundwe to restore order and arrest suspects. The Malawi Human Rights Commission said it had opened an investigation, and the United Nations in Malawi called for those responsible to be held to account.

Malawi has been shaken by months of protests, led by the Human Rights Defenders Coalition, since the May 21 election, which the opposition says was rigged through the widespread use of correction fluid on tally sheets. The Constitutional Court is hearing a challenge to the result.

Back in Msundwe, several women said they had not reported the attacks for fear of further reprisals. "They said they were punishing us," one woman said.
""",
    [
        ev("e1", RIOTS, MOB, MWI_MOB, MWI_POL, TUE15, None, MSUNDWE, (1, 1),
           note="police officer beaten and stoned by a crowd of protesters, died on the way to hospital"),
        ev("e2", VAC, SEXUAL, MWI_POL, MWI_WOMEN, TUE15, wd("2019-10-09", "Wednesday"), MSUNDWE, None,
           responds_to=["e1"],
           note="'That night and the following day' ... 'in retaliation for the killing of the officer'; "
                "at least 13 cases, no deaths"),
        ev("e3", STRAT, ARRESTS, MWI_POL, MWI_MOB, TUE15, P15, MSUNDWE, optional=True,
           note="'Several people have since been arrested over his death': undated"),
    ])

# ==== 16. Negative: business ========================================================================================
P16 = wd("2024-10-22", "Tuesday")
doc("business-korea-zinc-battle-2024-10-22", P16, "The Seoul Markets Journal",
    "Korea Zinc takeover war enters new phase as both camps build war chests",
    "business news (negative: metaphors)",
    """SEOUL - The battle for control of Korea Zinc, the world's largest zinc smelter, moved from the stock market to the boardroom this week, as both camps began marshalling their forces for a shareholder showdown that analysts expect to drag on into next year.

The fight broke out in September, when private equity firm MBK Partners joined forces with Young Poong, the company's biggest shareholder, and launched a hostile tender offer aimed at ousting chairman Choi Yun-beom. Choi's side answered with a counter-attack of its own: a share buyback at a higher price, financed with borrowed money and backed by friendly investors. Each side accused the other of destroying value, and the bidding war sent the shares soaring to record highs.

"Both sides fired every weapon they had," said one fund manager in Seoul. "Now it's trench warfare." Minority shareholders have been caught in the crossfire, and the Financial Supervisory Service has warned it will scrutinise the buyback for unfair trading.

The two families that founded the group in 1949 ran it together for three generations under a truce that has now collapsed. Young Poong's camp says it wants to end what it calls reckless spending by Choi's management; Choi says the raiders would strip the company and sell its technology.

Credit analysts say the real casualty may be Korea Zinc's balance sheet, which has taken on debt to fund the buyback. A ratings agency put the company on watch for a downgrade last week.

Neither side has ruled out a ceasefire, but bankers say a peace deal looks unlikely before the extraordinary shareholders' meeting, where control of the board will be decided.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

"""Write demo/fresh17/docs.jsonl and demo/fresh17/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh17/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (2019-2025) in Pakistan, Afghanistan, Bangladesh, India (Manipur, Chhattisgarh),
the Philippines, Indonesia (Papua), Nigeria, Mozambique (Cabo Delgado), Somalia and Ethiopia (Amhara), in our
own words, written as of their `published` date, from facts in public reporting, simplified where unsure.
Outlets are fictional with `.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is asserted
with `datetime`, and the kit's checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd, last_week  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, IED, LOOT, MOB, OTHER, OVERTAKE,  # noqa: E402
                      REGAINS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT, PROTESTS, PEACEFUL)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"PAK": "Pakistan", "AFG": "Afghanistan", "BGD": "Bangladesh", "IND": "India", "PHL": "Philippines",
           "IDN": "Indonesia", "NGA": "Nigeria", "MOZ": "Mozambique", "SOM": "Somalia", "ETH": "Ethiopia"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men")

# ---- actors ------------------------------------------------------------------------------------------
PAK = actor("Military Forces of Pakistan", "Pakistan", "Pakistani military", "Pakistani army", "Pakistan army",
            "soldiers", "troops", "security forces", "ISPR", "Bannu Cantonment",
            "Military Forces of Pakistan (2024-)", code="PAK")
PAK_CTD = actor("Police Forces of Pakistan", "Counter Terrorism Department", "CTD", "police", "interrogators",
                "Military Forces of Pakistan", "security forces", "commandos", "special forces", code="PAK")
JAF = actor("Jaish al-Fursan", "Jaish-e-Fursan-e-Muhammad", "Hafiz Gul Bahadur Group", "Hafiz Gul Bahadur group",
            "khawarij", "Khawarij", "terrorists", "militants", "attackers", "unidentified armed group",
            "Pakistani Taliban", "TTP")
TTP = actor("TTP", "Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "militants", "detained militants",
            "prisoners", "inmates", "suspects", "terrorists")
HAQQANIA_ATT = actor("unidentified armed group", "suicide bomber", "bomber", "attacker", "Islamic State",
                     "Islamic State Khorasan", "IS-K", "ISKP", "militants")
HAQQANIA_VIC = civ("PAK", "worshippers", "Hamid-ul-Haq Haqqani", "Maulana Hamid-ul-Haq Haqqani",
                   "Jamiat Ulema-e-Islam (Sami)", "JUI-S", "Darul Uloom Haqqania", "seminary", "students")
BANDITS = actor("unidentified armed group", "Unidentified Armed Group (Nigeria)", "gunmen", "bandits",
                "armed bandits", "kidnappers", "attackers", "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
                "JAS", "armed men")
STUDENTS = civ("NGA", "students", "schoolboys", "boys", "pupils", "Government Science Secondary School",
               "Government Science Secondary School Kankara")
NGA_POL = actor("Police Forces of Nigeria", "police", "Nigeria Police", "Nigerian police", "security forces",
                code="NGA")
NGA = actor("Government of Nigeria", "Katsina State Government", "Katsina state government", "Aminu Bello Masari",
            "Masari", "governor", "Nigeria", "authorities", code="NGA")
DEGAMO_ATT = actor("unidentified armed group", "gunmen", "armed men", "attackers", "assailants", "suspects",
                   "men in military-style uniforms", "hitmen")
DEGAMO_VIC = actor("Government of the Philippines", "Roel Degamo", "Degamo", "governor", "Negros Oriental governor",
                   "Civilians (Philippines)", "civilians", "villagers", "Governor Roel Degamo", "Roel Degamo (Governor)")
PHL_POL = actor("Police Forces of the Philippines", "police", "Philippine National Police", "PNP", "soldiers",
                "security forces", "Military Forces of the Philippines", code="PHL")
PHL = actor("Military Forces of the Philippines", "Philippine army", "Armed Forces of the Philippines", "AFP",
            "soldiers", "troops", "army", "Philippine military", "Military Forces of the Philippines (2016-2022)",
            code="PHL")
ASG = actor("Abu Sayyaf", "Abu Sayyaf Group", "ASG", "Islamic State", "IS", "Islamic State (Philippines)",
            "ISIS", "suicide bombers", "bombers", "militants", "Sawadjaan faction")
TPNPB = actor("TPNPB", "West Papua National Liberation Army", "TPNPB-OPM", "OPM", "Free Papua Movement",
              "Papuan rebels", "separatist rebels", "rebels", "armed criminal group", "KKB", "attackers",
              "militants")
IDN = actor("Military Forces of Indonesia", "Indonesian military", "TNI", "soldiers", "troops", "security forces",
            "Indonesian army", "Military Forces of Indonesia (2019-)", code="IDN")
IDN_CIV = civ("IDN", "health workers", "nurses", "medical workers", "nurse", "Gabriella Meilani",
              "Civilians (Indonesia)")
BIN = actor("Military Forces of Indonesia", "Indonesian intelligence", "BIN", "State Intelligence Agency",
            "Badan Intelijen Negara", "I Gusti Putu Danny Karya Nugraha", "security forces", "troops",
            "Government of Indonesia", code="IDN")
IND_SF = actor("Police Forces of India", "BSF", "Border Security Force", "DRG", "District Reserve Guard",
               "security forces", "police", "Chhattisgarh Police", "Military Forces of India",
               "Police Forces of India (2014-)", code="IND")
MAOISTS = actor("CPI (Maoist)", "Communist Party of India (Maoist)", "Maoists", "Naxalites", "Maoist rebels",
                "Naxals", "People's Liberation Guerrilla Army", "PLGA", "rebels")
MNP = actor("Police Forces of India", "Manipur Police", "police", "police commandos", "commandos",
            "security forces", "Manipur police commandos", "Police Forces of India (2014-)",
            "Chingtham Anand", "police officer", code="IND")
KUKI = actor("unidentified armed group", "suspected militants", "militants", "gunmen", "armed men",
             "Kuki militants", "Kuki-Zo militants", "sniper", "attackers", "Kuki militia")
BGD_MOB = actor("Rioters (Bangladesh)", "rioters", "mob", "Bengali settlers", "Bengalis", "Bengali residents",
                "crowd", "residents", "Bengali students", "Mob violence (Bangladesh)")
PAHARI = civ("BGD", "Paharis", "hill people", "indigenous people", "Jumma", "Chakma", "Chakmas",
             "indigenous residents", "Pahari residents", "shopkeepers",
             "Anik Chakma", "Junan Chakma", "Dhananjoy Chakma", "Rubel Tripura")
BGD_SF = actor("Military Forces of Bangladesh", "army", "Bangladesh army", "security forces", "soldiers",
               "Police Forces of Bangladesh", "police", "law enforcers", code="BGD")
RANGAMATI_RIOT = actor("Rioters (Bangladesh)", "rioters", "mob", "Bengali settlers", "Bengalis", "Protesters (Bangladesh)",
                       "protesters", "Sangkhubdha Jumma Chhatra-Janata", "indigenous protesters", "Pahari protesters",
                       "marchers", "crowd")
SHABAAB = actor("Al Shabaab", "al-Shabaab", "Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "militants",
                "Islamist militants", "attackers")
SOM = actor("Military Forces of Somalia", "Somali army", "Somali National Army", "SNA", "government forces",
            "Somali government", "troops", "soldiers", "Macawisley", "Ma'awisley", "clan militias",
            "Military Forces of Somalia (2022-)", code="SOM")
SOM_TARGET = either(SOM, civ("SOM"))
ASAMINEW = actor("Asaminew Tsige", "Brigadier General Asaminew Tsige", "Amhara Special Forces",
                 "Amhara regional special forces", "hit squad", "coup plotters", "plotters", "rebel officers",
                 "Military Forces of Ethiopia (Asaminew faction)", "Amhara Regional Security", "attackers",
                 "gunmen", "unidentified armed group", "Amhara militia")
ETH_GOV = actor("Government of Ethiopia", "Amhara regional government", "Amhara Regional Government",
                "Ambachew Mekonnen", "Ezez Wassie", "Migbey Haile", "regional officials", "officials",
                "Prosperity Party", "Amhara Democratic Party", "ADP", "Government of Ethiopia (2018-)", code="ETH")
ETH_MIL = actor("Military Forces of Ethiopia", "Ethiopian army", "ENDF", "Ethiopian National Defense Force",
                "federal forces", "federal troops", "army", "Seare Mekonnen", "General Seare Mekonnen",
                "Gezai Abera", "army chief", "Military Forces of Ethiopia (2018-)", code="ETH")
BODYGUARD = actor("unidentified armed group", "bodyguard", "Seare Mekonnen's bodyguard", "gunman", "soldier",
                  "Military Forces of Ethiopia", "Mutiny of Military Forces of Ethiopia", "attacker",
                  "coup plotters", "Asaminew Tsige")
ASWJ = actor("Ahlu Sunnah Wal Jamaa", "Ahlu Sunna Wal Jammah", "ASWJ", "Al Shabaab (Mozambique)", "al-Shabaab",
             "Islamic State", "Islamic State (Mozambique)", "ISCAP", "Islamic State Central Africa Province",
             "insurgents", "militants", "jihadists", "attackers", "armed men")
MOZ = actor("Military Forces of Mozambique", "Mozambican army", "FADM", "Mozambican forces", "security forces",
            "defence and security forces", "troops", "Police Forces of Mozambique", "police",
            "Military Forces of Mozambique (2015-)", code="MOZ")
ISK = actor("Islamic State Khorasan", "Islamic State", "IS-K", "ISKP", "ISIS-K", "Islamic State Khorasan Province",
            "suicide bomber", "bomber", "attacker", "militants", "Islamic State (Afghanistan)")
BALKH = actor("Government of Afghanistan", "Taliban", "Mohammad Dawood Muzammil", "Dawood Muzammil", "governor",
              "Balkh governor", "provincial governor", "Military Forces of Afghanistan",
              "Government of Afghanistan (2021-)", "Taliban government", code="AFG")
ISWAP = actor("ISWAP", "Islamic State West Africa Province", "Islamic State", "Boko Haram", "jihadists",
              "militants", "attackers", "gunmen", "Islamic State (West Africa)", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")
PRISON = actor("Police Forces of Nigeria", "Nigerian Correctional Service", "prison guards", "guards",
               "Nigeria Security and Civil Defence Corps", "NSCDC", "security personnel", "prison", "Kuje prison",
               "Kuje Medium Security Custodial Centre", "Prison Guards (Nigeria)", "Government of Nigeria",
               "inmates", code="NGA")
NGA_CONVOY = actor("Military Forces of Nigeria", "Government of Nigeria", "presidential convoy", "advance team",
                   "convoy", "security personnel", "president's advance team", "Department of State Services",
                   "DSS", "police", "Police Forces of Nigeria", code="NGA")

# ---- places ------------------------------------------------------------------------------------------
BANNU = place(["Bannu", "Bannu Cantonment", "Bannu cantonment", "Khyber Pakhtunkhwa"], "PAK", 32.9889, 70.6056)
AKORA = place(["Akora Khattak", "Darul Uloom Haqqania", "Nowshera", "Nowshera district", "Khyber Pakhtunkhwa"],
              "PAK", 34.0090, 72.1250)
PAKISTAN = place(["Pakistan", "Khyber Pakhtunkhwa"], "PAK")
KANKARA = place(["Kankara", "Government Science Secondary School Kankara", "Katsina", "Katsina state"], "NGA",
                11.9300, 7.4100)
PAMPLONA = place(["Pamplona", "Negros Oriental", "Pamplona, Negros Oriental"], "PHL", 9.4650, 123.1180)
BAYAWAN = place(["Bayawan", "Bayawan City", "Negros Oriental"], "PHL", 9.3640, 122.8040)
KIWIROK = place(["Kiwirok", "Kiwirok district", "Pegunungan Bintang", "Bintang Mountains", "Papua"], "IDN")
BEOGA = place(["Beoga", "Puncak", "Puncak regency", "Papua"], "IDN")
KANKER = place(["Chhotebethiya", "Kanker", "Kanker district", "Chhattisgarh", "Bastar"], "IND")
MOREH = place(["Moreh", "Tengnoupal", "Tengnoupal district", "Manipur"], "IND", 24.2490, 94.3020)
KHAGRACHHARI = place(["Khagrachhari", "Khagrachhari town", "Khagrachari", "Chittagong Hill Tracts"], "BGD",
                     23.1193, 91.9847)
DIGHINALA = place(["Dighinala", "Dighinala upazila", "Khagrachhari", "Chittagong Hill Tracts"], "BGD",
                  23.2500, 92.0600)
RANGAMATI = place(["Rangamati", "Rangamati town", "Chittagong Hill Tracts"], "BGD", 22.6533, 92.1789)
CHT = place(["Chittagong Hill Tracts", "Khagrachhari", "Rangamati", "Bangladesh"], "BGD")
MAHAS = place(["Mahas", "Hiiraan", "Hiran", "Hiraan region"], "SOM")
ADAN_YABAAL = place(["Adan Yabaal", "Aden Yabal", "Middle Shabelle"], "SOM")
BAHIR_DAR = place(["Bahir Dar", "Bahir Dar city", "Amhara", "Amhara region"], "ETH", 11.5936, 37.3908)
ADDIS = place(["Addis Ababa", "Addis"], "ETH", 9.0300, 38.7400)
XITAXI = place(["Xitaxi", "Muidumbe", "Muidumbe district", "Cabo Delgado"], "MOZ")
QUISSANGA = place(["Quissanga", "Quissanga district", "Cabo Delgado"], "MOZ", -12.4230, 40.5250)
MAZAR = place(["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar", "Balkh", "Balkh province"], "AFG", 36.7090, 67.1109)
KUJE = place(["Kuje", "Kuje prison", "Abuja", "Federal Capital Territory", "FCT"], "NGA", 8.8790, 7.2270)
DUTSINMA = place(["Dutsin-Ma", "Dutsinma", "Katsina", "Katsina state"], "NGA", 12.4540, 7.4970)
KANKARA_FOREST = place(["Kankara", "forest near Kankara", "Katsina", "Katsina state"], "NGA")
NGA_ARMY = actor("Military Forces of Nigeria", "army", "Nigerian army", "Nigerian Army", "troops", "soldiers",
                 "Nigeria", "Military Forces of Nigeria (2015-2023)", code="NGA")
OWERRI = place(["Owerri", "Imo", "Imo state"], "NGA", 5.4850, 7.0350)
INDANAN = place(["Indanan", "Sulu", "Sulu province", "Jolo"], "PHL", 5.9900, 120.9600)

# ==== 1. Bannu Cantonment (military statement) ==============================================================
P1 = wd("2025-03-05", "Wednesday")
BANNU_DAY = wd("2025-03-04", "Tuesday")
doc("pakistan-bannu-ispr-2025-03-05", P1, "Frontier Dispatch",
    "Military statement: sixteen attackers killed after assault on Bannu Cantonment",
    "military statement (paraphrase)",
    """RAWALPINDI, March 5 (Frontier Dispatch) - The following is a summary of the statement issued on Wednesday by Inter-Services Public Relations (ISPR), the media wing of Pakistan's armed forces, on the attack on Bannu Cantonment. The wording is paraphrased.

On the evening of 4 March, shortly after the fast was broken for iftar, a group of terrorists tried to break into Bannu Cantonment in Khyber Pakhtunkhwa. The attackers first drove two vehicles packed with explosives into the perimeter wall, blowing a gap in it and damaging nearby buildings, including a mosque and a residential block outside the wall.

Troops on duty engaged the attackers at once and stopped them from entering the garrison. In the exchange of fire that followed, all sixteen terrorists, four of whom were identified as Afghan nationals, were killed.

Five soldiers were martyred while fighting the attackers. Thirteen civilians, among them women and children, were also martyred and 32 were injured, most of them by the blasts and the collapse of the mosque and houses near the wall.

The statement said that intelligence showed the attack had been planned and directed by terrorist leaders operating from Afghanistan, and that Pakistan expected the authorities in Kabul to stop the use of Afghan soil against it. It said Pakistan reserved the right to take all necessary measures against the planners, wherever they were. A clearance operation in the area was continuing.

The statement did not name a group. Jaish al-Fursan, an alliance linked to the militant commander Hafiz Gul Bahadur, said in messages to journalists that its fighters had carried out the attack.
""",
    [
        ev("e1", [REMOTE, BATTLES], [SUICIDE, CLASH], JAF, either(PAK, civ("PAK")), BANNU_DAY,
           None, BANNU, (34, 34),
           note="two vehicle bombs and an assault on the cantonment, one incident; 5 soldiers + 13 civilians + the 16 "
                "attackers killed in their own attack = 34 (the ISPR's threat is no event)"),
    ])

# ==== 2. Khyber Pakhtunkhwa analysis ==========================================================================
P2 = wd("2025-03-08", "Saturday")
doc("pakistan-kp-violence-analysis-2025-03-08", P2, "The Indus Quarterly",
    "Analysis: A deadly fortnight shows how far the militant tide has risen in Khyber Pakhtunkhwa",
    "long-form analysis",
    """PESHAWAR - Within ten days, militants in Khyber Pakhtunkhwa struck one of the country's best-known religious seminaries and then the gates of an army garrison. Taken together, the attacks show how far Pakistan's northwest has slid since the Pakistani Taliban ended their ceasefire with the government at the end of 2022.

The first came on February 28, a Friday. Minutes after the weekly prayers ended at the Darul Uloom Haqqania seminary in Akora Khattak, in Nowshera district, a suicide bomber blew himself up near Maulana Hamid-ul-Haq Haqqani, the seminary's head and the leader of a faction of the Jamiat Ulema-e-Islam. The cleric and seven other people were killed, police said, and about twenty were wounded. The seminary, once known as a school for Afghan Taliban leaders, has long preached against attacks on the Pakistani state. No group claimed the bombing; investigators said they suspected the Islamic State's regional branch, which has attacked clerics close to the Taliban before.

Then on Tuesday, as people broke their Ramadan fast, two vehicles packed with explosives rammed the wall of Bannu Cantonment. Militants tried to storm the garrison behind them. The military said five soldiers and thirteen civilians were killed, and that all sixteen attackers died. A faction linked to the commander Hafiz Gul Bahadur said it was responsible.

Bannu has been here before. On December 18, 2022, militants held at a counter-terrorism centre inside the same cantonment overpowered their interrogators, seized weapons and took hostages. After two days of failed negotiations, commandos stormed the compound on December 20. The defence minister said all 33 militants were killed; two commandos also died.

The numbers behind the headlines are grim. An Islamabad-based research group counted more than 70 militant attacks across Pakistan in February, the majority in Khyber Pakhtunkhwa, and the security forces lost more men last year than in any year for a decade.

Islamabad blames Kabul. Officials say the Pakistani Taliban and allied groups plan their attacks from Afghanistan, and the army said after Bannu that it reserved the right to go after the planners wherever they were. The Taliban government denies sheltering anyone and says Pakistan's security is Pakistan's affair.

Between the two sits a province whose police complain of old weapons and short pay, and whose politicians cannot agree whether to talk or to fight. Military operations, a retired general in Peshawar said, have cleared districts before; the question is who holds them afterwards.
""",
    [
        ev("e1", REMOTE, SUICIDE, HAQQANIA_ATT, HAQQANIA_VIC, wd("2025-02-28", "Friday"), None, AKORA, (9, 9),
           note="the cleric and seven others = 8, plus the bomber who 'blew himself up' = 9; no claim"),
        ev("e2", [REMOTE, BATTLES], [SUICIDE, CLASH], JAF, either(PAK, civ("PAK")), BANNU_DAY, None, BANNU, (34, 34),
           same_as="pakistan-bannu-ispr-2025-03-05/e1", note="'on Tuesday'; 5 + 13 + 16 attackers = 34"),
        ev("e3", BATTLES, CLASH, TTP, PAK_CTD, wd("2022-12-18", "Sunday"), wd("2022-12-20", "Tuesday"), BANNU,
           (35, 35),
           note="Bannu counter-terrorism centre siege: hostages taken on 18 December, stormed on 20 December; 33 "
                "militants + 2 commandos; a coder may split it into the seizure (18th) and the storming (20th)"),
        ev("e4", BATTLES, CLASH, PAK_CTD, TTP, wd("2022-12-20", "Tuesday"), None, BANNU, (35, 35),
           optional=True, note="the storming alone, if the siege is coded by its end"),
        tally("t1", UNID, None, "2025-02-01", "2025-02-28", PAKISTAN, 70,
              note="'more than 70 militant attacks across Pakistan in February'"),
    ])

# ==== 3. Kankara (wire) =====================================================================================
P3 = wd("2020-12-12", "Saturday")
KANKARA_DAY = wd("2020-12-11", "Friday")
doc("nigeria-kankara-wire-2020-12-12", P3, "Sahel Wire",
    "Hundreds of students missing after gunmen attack Nigerian boarding school",
    "wire",
    """KATSINA, Nigeria, Dec 12 (Sahel Wire) - Hundreds of students were missing on Saturday after gunmen stormed a boys' boarding school in northwest Nigeria's Katsina state, police and parents said.

The attackers, riding motorcycles and firing AK-47 rifles, arrived at the Government Science Secondary School in Kankara at about 11:40 p.m. on Friday, state police spokesman Gambo Isah said. Police officers based in the area exchanged fire with them, which gave some of the students time to climb over the school fence and flee into the bush.

By Saturday afternoon the school had not said how many of its more than 800 pupils were unaccounted for. One official put the figure at about 200; a father who had been searching the surrounding villages for his two sons said he believed more than 400 boys had been taken. No deaths were reported at the school. One police officer was shot and wounded, the spokesman said.

President Muhammadu Buhari, who is on a visit to his home state of Katsina, condemned what he called a cowardly attack on innocent children and ordered the army, police and air force to go after the kidnappers. The army said later on Saturday that troops sent in response to the attack had located the gunmen's hideout in a forest near Kankara and were exchanging fire with them.

Katsina's governor, Aminu Bello Masari, ordered all boarding schools in the state closed.

Kidnapping for ransom by armed gangs, known locally as bandits, has become a lucrative business across the northwest, where gunmen on motorcycles raid villages, steal cattle and seize travellers on the highways. Mass abductions of students, though, recall the Boko Haram raids of the northeast.
""",
    [
        ev("e1", VAC, ABDUCT, BANDITS, STUDENTS, KANKARA_DAY, None, KANKARA, (0, 0),
           note="'Friday' at 11:40 p.m.; 'No deaths were reported at the school' (a wounded officer does not count); "
                "the police exchange of fire is part of the raid"),
        ev("e2", BATTLES, CLASH, NGA_POL, BANDITS, KANKARA_DAY, None, KANKARA, None, optional=True,
           note="police exchanged fire with the attackers at the school: a component of the raid"),
        ev("e3", BATTLES, CLASH, NGA_ARMY, BANDITS, P3, None,
           KANKARA_FOREST, None, responds_to=["e1"],
           note="troops 'sent in response to the attack' exchanging fire at the hideout near Kankara, Saturday"),
    ])

# ==== 4. Kankara release (garbled) ===========================================================================
P4 = wd("2020-12-18", "Friday")
doc("nigeria-kankara-garbled-2020-12-18", P4, "Naija Trends Daily",
    "Kankara Schoolboys Freed: 344 Students Regain Freedom, Governor Confirm",
    "garbled machine-rewritten web copy",
    """Kankara Schoolboys Freed: 344 Students Regain Freedom, Governor Confirm

The 344 schoolboys which was abducted last Friday night from Government Science Secondary School Kankara in Katsina state has regain their freedom, the state governor Aminu Bello Masari have announce on Thursday night in a televised interview, adding that "majority of the boys are now with us".

Recall that gunmen in large number invade the school on motorcycle shooting sporadically, the students run in different direction, and some of them escape while the others was carried into the forest. The governor say no ransom was paid for them and that the boys is being taken to Katsina for medical check before reunite with parents on Friday.

In a audio message which surface on Tuesday, the leader of Boko Haram Abubakar Shekau claim that his group was behind the kidnapping because western education is forbidden, but the government and security sources said it was the bandits that carry out the attack and the Boko Haram only want to take credit from it. The federal government also deny that any of the boys was killed, as rumoured on social media.

The Army say its troops which was sent in response to the abduction had engage the kidnappers in the forest near Kankara since last Saturday, cutting off their routes, and that this pressure force them to let the boys go.

Photos of the boys looking tired and dusty have been circulating online, some of them holding sticks. President Buhari described their release as "a huge relief to the entire country" and praised the security agencies.

Source link

Share this:
Related
""",
    [
        ev("e1", VAC, ABDUCT, BANDITS, STUDENTS, KANKARA_DAY, None, KANKARA, None,
           same_as="nigeria-kankara-wire-2020-12-12/e1",
           note="'last Friday night' in a Friday report is the Friday a week before (2020-12-11); the denial of "
                "deaths is not a toll for the raid itself (null)"),
        ev("e3", BATTLES, CLASH, NGA_ARMY, BANDITS, wd("2020-12-12", "Saturday"), P4, KANKARA_FOREST, None,
           responds_to=["nigeria-kankara-wire-2020-12-12/e1"], same_as="nigeria-kankara-wire-2020-12-12/e3",
           note="troops 'sent in response to the abduction' engaging the kidnappers 'since last Saturday' (a "
                "period: 12 to 18 December; the earlier report has its first day)"),
        ev("e2", STRAT, OTHER, NGA, STUDENTS, wd("2020-12-17", "Thursday"), None, KANKARA, None, optional=True,
           note="release of the boys announced 'on Thursday night': not a violent event; optional"),
    ])

# ==== 5. Degamo (wire) =====================================================================================
P5 = wd("2023-03-05", "Sunday")
DEGAMO_DAY = wd("2023-03-04", "Saturday")
doc("philippines-degamo-wire-2023-03-05", P5, "Visayas Wire",
    "Philippine governor shot dead at home as villagers queued for aid",
    "wire",
    """DUMAGUETE, Philippines, March 5 (Visayas Wire) - Gunmen wearing military-style uniforms stormed the home of a provincial governor in the central Philippines on Saturday morning and shot him dead along with several villagers who had come to receive government aid, police said.

Roel Degamo, the governor of Negros Oriental, was meeting residents in the yard of his house in the town of Pamplona when at least six armed men walked in and opened fire with assault rifles, according to the regional police. Degamo and five other people died, police said on Sunday. A hospital official in Dumaguete told local radio that eight people had died of their wounds; police had not confirmed that figure by midday. More than a dozen others were wounded.

The attackers fled in several vehicles. Hours later, soldiers and police cornered three suspects in nearby Bayawan City and arrested them after a brief chase, the military said, adding that the hunt for the others was continuing. Investigators believe the killing was planned, a police general said, and that the gunmen included former soldiers.

President Ferdinand Marcos Jr. condemned the attack and said the government would not rest until everyone behind it was brought to justice.

Degamo's widow, the mayor of Pamplona, said her husband had received death threats. The governor had been locked in a long dispute with a rival political clan over the province's leadership, which a court had settled in his favour only last year. Representative Arnolfo Teves, a member of the rival family, said through a lawyer that he had nothing to do with the killing.
""",
    [
        ev("e1", VAC, ATTACK, DEGAMO_ATT, DEGAMO_VIC, DEGAMO_DAY, None, PAMPLONA, (6, 8),
           note="governor + 5 (police) vs 8 (hospital official); the wounded do not count; Teves's denial is no event"),
        ev("e2", STRAT, ARRESTS, PHL_POL, DEGAMO_ATT, DEGAMO_DAY, None, BAYAWAN, None,
           note="three suspects arrested 'hours later' in Bayawan City"),
    ])

# ==== 6. Kiwirok (newspaper) =================================================================================
P6 = wd("2021-09-16", "Thursday")
KIWIROK_DAY = wd("2021-09-13", "Monday")
doc("indonesia-kiwirok-2021-09-16", P6, "Jayapura Tribune",
    "Nurse killed as Papuan rebels torch health centre in Pegunungan Bintang",
    "newspaper",
    """JAYAPURA - The body of a nurse killed during a rebel attack on a remote highland district of Papua was recovered from a ravine on Wednesday, two days after separatist fighters set fire to the district's health centre, school and market, officials said.

The attack on Kiwirok, in the Pegunungan Bintang regency near the border with Papua New Guinea, began on Monday morning. Armed men surrounded the community health centre where a small team of nurses and a doctor lived and worked, and set the building on fire, according to the regional police. The health workers ran into the forest behind the clinic. Several were caught, beaten and stabbed, and some were pushed down a steep slope.

Gabriella Meilani, a 22-year-old nurse, died of her injuries; four other health workers were wounded and were evacuated by helicopter to Jayapura. One man was still missing on Thursday.

During the same morning, troops at the district's military post exchanged fire with the attackers for several hours, the military said. It did not say whether anyone was hit on either side.

The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua Movement, said its fighters had attacked Kiwirok because the health workers were members of the security forces in disguise, a claim that the health ministry and the regency's officials rejected as baseless. The health workers' union called the killing a crime against humanity.

Violence in Papua's highlands has risen sharply this year. On April 25, the head of the State Intelligence Agency in Papua, Brigadier General I Gusti Putu Danny Karya Nugraha, was shot dead when rebels ambushed his party near Beoga in the Puncak regency. Days later, the government formally designated the rebel groups as terrorist organisations, a step the TPNPB said it would answer with more fighting.
""",
    [
        ev("e1", VAC, ATTACK, TPNPB, IDN_CIV, KIWIROK_DAY, None, KIWIROK, (1, 1),
           note="the attack on the health workers (body found Wednesday; the death is Monday's attack); 1 dead, 4 "
                "wounded, 1 missing"),
        ev("e2", BATTLES, CLASH, either(IDN, TPNPB), either(TPNPB, IDN), KIWIROK_DAY, None, KIWIROK, None,
           note="troops at the military post 'exchanged fire with the attackers for several hours'; no figure"),
        ev("e3", STRAT, LOOT, TPNPB, IDN_CIV, KIWIROK_DAY, None, KIWIROK, None, optional=True,
           note="arson of the health centre, school and market: a component of the attack"),
        ev("e4", BATTLES, CLASH, TPNPB, BIN, wd("2021-04-25", "Sunday"), None, BEOGA, (1, 1),
           note="ambush of the intelligence chief's party near Beoga, 25 April 2021; 1 dead"),
    ])
SET.accept(3, [BATTLES, VAC], [CLASH, ATTACK])

# ==== 7. Kanker encounter (newspaper) ==============================================================================
P7 = wd("2024-04-17", "Wednesday")
doc("india-kanker-encounter-2024-04-17", P7, "The Central India Herald",
    "29 Maoists killed in Kanker gunfight, biggest toll in Chhattisgarh's history",
    "newspaper",
    """RAIPUR - Security forces killed 29 suspected Maoist rebels in a gunfight in the forests of Chhattisgarh's Kanker district on Tuesday, police said, the highest toll in a single operation since the state was created in 2000.

A joint team of the Border Security Force and the state police's District Reserve Guard had moved into the hills near Chhotebethiya village after a tip-off that senior cadres of the banned Communist Party of India (Maoist) were meeting there, Bastar range Inspector General P. Sundarraj said. The rebels opened fire when the team approached at about 1.30 p.m., and the exchange of fire went on for several hours, he said.

By Wednesday morning, the bodies of 29 rebels, among them 15 women, had been recovered from the site. Police said the dead included Shankar Rao, a divisional committee member who carried a reward of 2.5 million rupees on his head. Three security personnel, including a BSF inspector, were wounded and flown to Raipur; officials said they were out of danger. Police said they recovered seven AK-47 rifles, a light machine gun, INSAS and SLR rifles and ammunition from the site.

The gunfight came ten days before Kanker votes in the general election. The Maoists have called on villagers to boycott the polls, and have in the past attacked polling teams in the region. Union Home Minister Amit Shah praised the operation and said the government was determined to free the country from Naxalism.

Human rights groups in Bastar have long accused the forces of passing off villagers as rebels killed in encounters, and said they would seek an independent inquiry. The police rejected the allegation, saying all the dead were armed cadres and that some had been identified by surrendered Maoists.
""",
    [
        ev("e1", BATTLES, CLASH, either(IND_SF, MAOISTS), either(MAOISTS, IND_SF), wd("2024-04-16", "Tuesday"), None,
           KANKER, (29, 29), note="29 Maoists killed; 3 personnel wounded (not counted); the boycott call and the "
                                  "minister's vow are no events"),
    ])

# ==== 8. Moreh (wire brief) =======================================================================================
P8 = wd("2024-01-17", "Wednesday")
doc("india-moreh-brief-2024-01-17", P8, "Northeast Wire",
    "Two police commandos killed in attack on Manipur border town",
    "wire brief",
    """IMPHAL, Jan 17 (Northeast Wire) - Suspected militants attacked security posts in Moreh, a town on Manipur's border with Myanmar, early on Wednesday, killing two state police commandos, officials said. The attackers fired rocket-propelled grenades and threw bombs at a commando post before a gunfight that lasted several hours; at least two other personnel were wounded. Police officials said they believed the attack was retaliation for Tuesday's arrest of two men from the town accused of killing a police officer in Moreh on October 31, when a sniper shot the sub-divisional police officer, Chingtham Anand, as he inspected a helipad. Kuki groups have protested against the arrests.
""",
    [
        ev("e1", BATTLES, CLASH, KUKI, MNP, P8, None, MOREH, (2, 2), responds_to=["e2"],
           note="'early on Wednesday' is the publication day; 'retaliation for Tuesday's arrest' (explicit link)"),
        ev("e2", STRAT, ARRESTS, MNP, actor("civilians", "two men", "suspects", "Civilians (India)", "Kuki men"),
           wd("2024-01-16", "Tuesday"), None, MOREH, None, note="arrest of two men 'from the town' on Tuesday"),
        ev("e3", BATTLES, CLASH, KUKI, MNP, wd("2023-10-31", "Tuesday"), None, MOREH, (1, 1),
           note="sniper killing of the Moreh SDPO, 31 October 2023"),
    ])
SET.accept(2, [BATTLES, VAC], [CLASH, ATTACK])

# ==== 9. Chittagong Hill Tracts (newspaper) ===========================================================================
P9 = wd("2024-09-21", "Saturday")
doc("bangladesh-khagrachhari-2024-09-21", P9, "The Karnaphuli Post",
    "Curfew in Hill Tracts towns after three days of ethnic violence leave five dead",
    "newspaper",
    """CHATTOGRAM - Bangladesh's interim government imposed a curfew on Khagrachhari and Rangamati towns on Saturday after three days of violence between Bengali settlers and indigenous hill people in the Chittagong Hill Tracts left at least five people dead and scores of shops in ashes.

The unrest began on Wednesday, when a Bengali man, Mohammad Mamun, was beaten by a crowd in Khagrachhari town after being accused of stealing a motorcycle. He died on the way to hospital. His family said he had been lynched by Pahari youths; police said they were trying to identify the attackers.

On Thursday afternoon, a procession of Bengali students in Dighinala, about 30 km north, marched against Mamun's killing. Residents said the marchers and other Bengalis then attacked the Lerubagan market in retaliation for Mamun's death, setting fire to dozens of shops owned by Chakma traders. Police said no one was killed in Dighinala, though several people were injured.

The violence spread to Khagrachhari town that night. Gunfire broke out in the Swanirbhar area around 10 p.m., and three indigenous men, Junan Chakma, Dhananjoy Chakma and Rubel Tripura, died of bullet wounds. Pahari groups blamed the security forces; the army's media wing said soldiers had come under fire from armed men in the hills and had returned fire.

On Friday, a march by indigenous students in Rangamati against the killings turned into a street battle. Marchers smashed shops and a mosque's windows, witnesses said, and Bengali crowds then attacked Chakma homes and offices; Anik Chakma, a student, was beaten to death, and houses and vehicles were set on fire.

The home affairs adviser, Jahangir Alam Chowdhury, who visited the region on Saturday, said a committee would investigate all the deaths and promised that no one involved would be spared. The Hill Tracts, scene of a long insurgency until a 1997 peace accord, have seen repeated clashes over land between settlers and indigenous groups.
""",
    [
        ev("e1", RIOTS, MOB, actor("Rioters (Bangladesh)", "rioters", "mob", "crowd", "Pahari youths", "Paharis",
                                   "indigenous youths"), civ("BGD", "Mohammad Mamun", "Mamun", "Bengali man"),
           wd("2024-09-18", "Wednesday"), None, KHAGRACHHARI, (1, 1), note="lynching of Mamun in Khagrachhari town"),
        ev("e2", RIOTS, [VIOLENT, MOB], BGD_MOB, PAHARI, wd("2024-09-19", "Thursday"), None, DIGHINALA, (0, 0),
           responds_to=["e1"], note="Lerubagan market torched 'in retaliation for Mamun's death'; 'no one was killed'"),
        ev("e3", [VAC, BATTLES], [ATTACK, CLASH], either(BGD_SF, UNID), PAHARI, wd("2024-09-19", "Thursday"), None,
           KHAGRACHHARI, (3, 3), note="night gunfire in the Swanirbhar area; blame disputed (forces vs 'armed men')"),
        ev("e4", RIOTS, [VIOLENT, MOB], RANGAMATI_RIOT, PAHARI, wd("2024-09-20", "Friday"), None, RANGAMATI, (1, 1),
           note="Rangamati march turned street battle; Anik Chakma beaten to death; actor1 either side"),
        ev("e5", RIOTS, MOB, BGD_MOB, PAHARI, wd("2024-09-18", "Wednesday"), wd("2024-09-20", "Friday"), CHT, (5, 5),
           optional=True, note="aggregate: 'at least five people dead' in three days"),
        ev("e6", PROTESTS, PEACEFUL, actor("Protesters (Bangladesh)", "Bengali students", "students",
                                                      "procession", "marchers"), None,
           wd("2024-09-19", "Thursday"), None, DIGHINALA, None, optional=True,
           note="the Bengali students' procession before the attack on the market (a component)"),
    ])

# ==== 10. Mahas (wire) =====================================================================================
P10 = wd("2023-01-05", "Thursday")
doc("somalia-mahas-wire-2023-01-05", P10, "Horn Dispatch",
    "Twin car bombs kill at least 19 in central Somali town",
    "wire",
    """MOGADISHU, Jan 5 (Horn Dispatch) - Two car bombs exploded minutes apart in the central Somali town of Mahas on Wednesday, killing at least 19 people, police said, in an attack claimed by the al Qaeda-linked al Shabaab group.

The first vehicle blew up near a building used by the local administration and by government-allied clan fighters, known as macawisley, and the second went off as people gathered to help the wounded, a police officer in the Hiiraan region, Mohamed Moalim Ali, said by phone. Several houses nearby collapsed. A local elder, Hassan Abdi, said on Thursday that 35 bodies had been buried and that more than 40 people were being treated in Mahas and in Beledweyne.

Al Shabaab said in a statement that its fighters had targeted military commanders and militiamen gathered in the town, and claimed to have killed dozens of them. The group's figures could not be verified.

The bombings came as government forces and clan militias, backed by African Union troops and US air strikes, push against al Shabaab in the Hiiraan and Middle Shabelle regions in the biggest offensive against the group in years. On December 6, the army said it had taken the town of Adan Yabaal, a former al Shabaab stronghold in Middle Shabelle, after the militants withdrew without a fight.

President Hassan Sheikh Mohamud has declared "total war" on the group and vowed that the offensive would continue until it was defeated. Al Shabaab has answered with a wave of bombings in the areas the army has retaken, and in Mogadishu.
""",
    [
        ev("e1", REMOTE, IED, SHABAAB, SOM_TARGET, wd("2023-01-04", "Wednesday"), None, MAHAS, (19, 35),
           note="twin car bombs, one place and day; police 19 vs the elder's 35 buried; al Shabaab's claim is not a "
                "credible figure"),
        ev("e2", [BATTLES, STRAT], [REGAINS, "Non-violent transfer of territory"], SOM, SHABAAB,
           wd("2022-12-06", "Tuesday"), None, ADAN_YABAAL, None,
           note="Adan Yabaal taken 'after the militants withdrew without a fight'"),
    ])
SET.accept(0, REMOTE, [IED, SUICIDE])

# ==== 11. Bahir Dar (live blog) =================================================================================
P11 = wd("2019-06-23", "Sunday")
COUP_DAY = wd("2019-06-22", "Saturday")
doc("ethiopia-bahir-dar-liveblog-2019-06-23", P11, "Rift Valley Live",
    "Live: Ethiopia's army chief and Amhara president killed in 'coup attempt'",
    "live blog (GMT, newest first)",
    """Live: Ethiopia says it foiled a coup attempt in Amhara region

Sunday 23 June

15:05 GMT - Police in Addis Ababa say the bodyguard who shot the army chief has been caught and is in custody after being wounded. They have not named him.

13:20 GMT - The prime minister's press secretary, Billene Seyoum, gives more detail. She says a "hit squad" led by Brigadier General Asaminew Tsige, the head of Amhara's regional security, burst into a meeting of the regional leadership in Bahir Dar on Saturday evening and opened fire. The regional president, Ambachew Mekonnen, and his adviser Ezez Wassie were killed; the regional attorney general, Migbey Haile, was badly wounded. Asaminew is still at large, she says.

11:45 GMT - Internet access remains cut across most of the country for a second day.

09:30 GMT - Residents of Bahir Dar tell us by phone that gunfire went on through the night and stopped around dawn. Federal troops sent in response to the attack now control the main roads, they say, and shops are shut. There is no word on casualties from the fighting.

07:10 GMT - The government confirms that the army chief of staff, General Seare Mekonnen, was shot dead at his home in Addis Ababa late on Saturday, hours after the Bahir Dar attack, together with a retired general, Gezai Abera, who was visiting him. The prime minister's office says the shooter was Seare's own bodyguard and that the two attacks were coordinated.

Saturday 22 June

21:50 GMT - Prime Minister Abiy Ahmed, wearing military fatigues, appears on state television. He says an attempted coup against the Amhara regional government has been put down, that some officials were wounded and that the plotters will be hunted down. He asks Ethiopians to stand together.

20:15 GMT - The US embassy says it has received reports of gunfire in Addis Ababa and tells its staff to stay at home.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], ASAMINEW, ETH_GOV, COUP_DAY, None, BAHIR_DAR, (2, 2),
           note="attack on the regional leadership's meeting; Ambachew + Ezez killed, Migbey wounded"),
        ev("e2", [VAC, BATTLES], [ATTACK, CLASH], BODYGUARD, ETH_MIL, COUP_DAY, None, ADDIS, (2, 2),
           note="Seare Mekonnen and Gezai Abera shot dead 'late on Saturday'"),
        ev("e3", BATTLES, CLASH, ETH_MIL, ASAMINEW, COUP_DAY, P11, BAHIR_DAR, None, responds_to=["e1"],
           note="federal troops 'sent in response to the attack'; gunfire through the night to dawn; no figure"),
        ev("e4", STRAT, ARRESTS, actor("Police Forces of Ethiopia", "police", "Addis Ababa police", code="ETH"),
           BODYGUARD, COUP_DAY, P11, ADDIS, None, optional=True,
           note="the bodyguard 'caught and in custody' (date not given; by Sunday)"),
    ])

# ==== 12. Xitaxi (garbled) ======================================================================================
P12 = wd("2020-04-23", "Thursday")
doc("mozambique-xitaxi-garbled-2020-04-23", P12, "Cabo News Now",
    "52 Youths Killed By Insurgents In Cabo Delgado Village After Refusing To Join - Police",
    "garbled machine-rewritten web copy",
    """52 Youths Killed By Insurgents In Cabo Delgado Village After Refusing To Join - Police

Mozambique police has disclose that insurgents which have been terrorizing the northern province Cabo Delgado killed 52 young men in the village of Xitaxi, Muidumbe district, after the youths refuse to be recruited in the ranks of the group.

According to police spokesperson Orlando Mudumane who speak to journalists on Tuesday, the massacre happen on April 7 when the evil doers try to recruit young mens in the village but they resisted, this provoke the anger of the bandits who killed them indiscriminately, he say. The 52 bodies was found later by the defence and security forces.

The police did not indicate why the information is only made public two week after, and journalists are not allowed to travel to the area which make it hard to verify. Residents who fled to Pemba town said more people are still missing.

The insurgents, who call themselves al-Shabaab locally but has pledge loyalty to the Islamic State, has intensify their attacks this year. On 25 March they occupied the district headquarter of Quissanga for a day, destroying government building and raising their black flag, after the soldiers fled, before withdrawing on their own.

More than 900 people have been killed since the violence start in October 2017 according to monitoring groups and over 200,000 flee their homes.

Read More:
Share this article
""",
    [
        ev("e1", VAC, ATTACK, ASWJ, civ("MOZ", "young men", "youths", "villagers"), wd("2020-04-07", "Tuesday"), None,
           XITAXI, (52, 52), note="massacre of 52 young men who refused recruitment, 7 April 2020"),
        ev("e2", BATTLES, OVERTAKE, ASWJ, MOZ, wd("2020-03-25", "Wednesday"), None, QUISSANGA, None,
           note="Quissanga district headquarters occupied 'for a day' after soldiers fled"),
        ev("e3", STRAT, LOOT, ASWJ, MOZ, "2020-03-25", None, QUISSANGA, None, optional=True,
           note="destruction of government buildings: a component of the occupation"),
        tally("t1", ASWJ, None, "2017-10-01", P12, place(["Cabo Delgado", "Mozambique"], "MOZ"), None, optional=True,
              note="'more than 900 people killed since October 2017' counts deaths, not incidents: optional"),
    ])

# ==== 13. Mazar-i-Sharif (wire brief) ===============================================================================
P13 = wd("2023-03-09", "Thursday")
doc("afghanistan-mazar-governor-brief-2023-03-09", P13, "Amu Darya Wire",
    "Suicide bomber kills Taliban governor of Balkh in his office",
    "wire brief",
    """MAZAR-I-SHARIF, Afghanistan, March 9 (Amu Darya Wire) - A suicide bomber killed the Taliban governor of northern Balkh province, Mohammad Dawood Muzammil, inside his office in Mazar-i-Sharif on Thursday morning, police said. Two other people, one of them a guard, were also killed when the attacker blew himself up on the building's second floor, provincial police spokesman Mohammad Asif Waziri said. The Islamic State's regional branch said it carried out the attack. Muzammil, who previously led the Taliban's campaign against the group in eastern Nangarhar, is the most senior official killed since the Taliban took power in August 2021.
""",
    [
        ev("e1", REMOTE, SUICIDE, ISK, BALKH, P13, None, MAZAR, (4, 4),
           note="governor + two others + the bomber who 'blew himself up' = 4"),
    ])

# ==== 14. Kuje prison (wire) =====================================================================================
P14 = wd("2022-07-06", "Wednesday")
KUJE_DAY = wd("2022-07-05", "Tuesday")
doc("nigeria-kuje-prison-2022-07-06", P14, "Sahel Wire",
    "Hundreds of inmates escape after jihadists attack prison near Nigeria's capital",
    "wire",
    """ABUJA, July 6 (Sahel Wire) - Islamist militants attacked a prison on the outskirts of Nigeria's capital late on Tuesday with explosives and guns, freeing hundreds of inmates, among them dozens of suspected Boko Haram members, officials said on Wednesday.

The attackers arrived at the Kuje medium security prison at about 10 p.m. and blew open the main gate and part of the wall, a spokesman for the Nigerian Correctional Service said. A guard from the civil defence corps was killed, and four inmates died in the fighting, he said; the interior ministry later gave the same figures. Of the 994 inmates held at Kuje, 879 escaped, and 443 had been recaptured by Wednesday afternoon. Officials said all 64 Boko Haram suspects in the prison had fled.

Islamic State West Africa Province (ISWAP), the Boko Haram offshoot, said on its channels that its fighters carried out the raid. Interior Minister Rauf Aregbesola said the attackers had come in large numbers and that the guards had been overwhelmed.

President Muhammadu Buhari, who visited the prison on Wednesday, said he was disappointed with the intelligence services. Earlier on Tuesday, gunmen had ambushed an advance convoy of the president's security and protocol staff near Dutsin-Ma in Katsina state ahead of a visit to his home town. The presidency said the attack was repelled and that no one was killed; two people were treated for minor injuries.

It was not the first such raid. On April 5 last year, gunmen armed with rocket-propelled grenades and explosives stormed a prison in Owerri, in southeastern Imo state, and freed more than 1,800 inmates. The police blamed the separatist Indigenous People of Biafra, which denied any role.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], ISWAP, PRISON, KUJE_DAY, None, KUJE, (5, 5),
           note="prison raid: 1 guard + 4 inmates = 5 (the spokesman and the ministry agree)"),
        ev("e2", BATTLES, CLASH, actor("unidentified armed group", "gunmen", "bandits", "attackers", "armed men"),
           NGA_CONVOY, KUJE_DAY, None, DUTSINMA, (0, 0),
           note="ambush of the president's advance convoy 'earlier on Tuesday'; 'no one was killed'"),
        ev("e3", [BATTLES, VAC], [CLASH, ATTACK],
           actor("unidentified armed group", "gunmen", "IPOB", "Indigenous People of Biafra", "attackers",
                 "Eastern Security Network", "ESN"),
           PRISON, wd("2021-04-05", "Monday"), None, OWERRI, None,
           note="Owerri prison break, 5 April 2021; IPOB blamed and denied: both accepted"),
        ev("e4", STRAT, OTHER, ISWAP, PRISON, KUJE_DAY, None, KUJE, None, optional=True,
           note="the mass escape itself (879 inmates) if coded apart from the raid"),
    ])

# ==== 15. Indanan (wire) =====================================================================================
P15 = wd("2019-06-29", "Saturday")
doc("philippines-indanan-wire-2019-06-29", P15, "Mindanao Wire",
    "Two suicide bombers strike army camp in Sulu; military says one may be Filipino",
    "wire",
    """ZAMBOANGA, Philippines, June 29 (Mindanao Wire) - Two suicide bombers attacked an army base in the southern Philippine province of Sulu on Friday, killing three soldiers and two civilians, the military said, in an attack later claimed by the Islamic State group.

The first attacker walked up to the gate of the temporary headquarters of an army combat team in Tanjung village, Indanan town, at about midday and set off explosives strapped to his body when guards tried to stop him, regional military spokesman Lieutenant Colonel Gerry Besana said. A second bomber then ran through the gate and blew himself up inside the camp. Both died. A local official put the number of civilians killed at three, which would bring the toll of the dead, excluding the bombers, to six. At least 22 people, most of them soldiers, were wounded.

The military said it suspected a faction of the Abu Sayyaf led by Hatib Hajan Sawadjaan, which it holds responsible for January's bombing of a cathedral in Jolo, and that DNA tests would show whether one of the bombers was a Filipino. If confirmed, he would be the first known Filipino suicide bomber, officials said.

The army said troops had launched operations in the mountains of Indanan and Patikul in response to the attack; there were no reports of fighting on Saturday.

Sulu remains the heartland of the Abu Sayyaf despite years of offensives, and security officials have warned that foreign fighters have been teaching local militants to carry out suicide attacks.
""",
    [
        ev("e1", REMOTE, SUICIDE, ASG, either(PHL, civ("PHL")), wd("2019-06-28", "Friday"), None, INDANAN, (7, 8),
           note="3 soldiers + 2 civilians (military) or + 3 (local official), plus both bombers: 7 to 8; the "
                "Jolo cathedral is mentioned without a date (no event); the operations 'in response' are no "
                "reported fighting"),
    ])

# ==== 16. Negative: business ====================================================================================
P16 = wd("2024-03-29", "Friday")
doc("business-nigeria-bank-capital-2024-03-29", P16, "The Lagos Ledger",
    "Banks brace for a fight for survival as central bank raises the bar",
    "business news (negative: metaphors)",
    """LAGOS - Nigeria's central bank fired the opening shot on Thursday in what analysts are already calling the battle for the soul of the banking industry, ordering lenders to raise far more capital within two years or lose their licences.

Under the new rules, banks with international licences must hold at least 500 billion naira in capital, a jump that leaves almost every lender short. Smaller banks are in the line of fire: several will have to raise money from investors, merge with rivals or shrink their licences, and some could become casualties of the exercise, one Lagos-based analyst said.

Shares of the largest lenders rallied on the stock exchange on Friday as investors bet they would survive the onslaught, while some mid-sized names were hammered. Bankers said chief executives had spent the night in war rooms with their advisers, weighing rights issues and hostile takeover targets.

The last recapitalisation, in 2005, cut the number of banks from 89 to 25, a bloodbath many executives still remember. Governor Olayemi Cardoso said this time the aim was to build banks big enough to finance a one-trillion-dollar economy, not to kill off weaker players.

Opponents were quick to return fire. A lawmaker said the deadline was a gun to the head of banks already battered by the naira's fall. The bankers' association said its members would rise to the challenge.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

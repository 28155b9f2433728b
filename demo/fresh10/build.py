"""Write demo/fresh10/docs.jsonl and demo/fresh10/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh10/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public incidents
(2021-2025) in Pakistan, Afghanistan, India, Myanmar, Bangladesh, the Philippines, Colombia, Ecuador, Brazil and
Venezuela, in our own words, written as of their `published` date from facts in public reporting, simplified
where unsure. Outlets are fictional with `.example` URLs; quotations are paraphrases. Not a factual reference.
Gold follows shared/contract/README.md and the "Gold conventions" of demo/README.md; every weekday relied on is
asserted with wd(), and gold_kit's checks validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import (ABDUCT, AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, EXCESSIVE, IED, INTERVENTION,  # noqa: E402
                      LOOT, MISSILE, MOB, OVERTAKE, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT)
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
doc = SET.doc


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


# ---- actors -------------------------------------------------------------------------------------
PAK = actor("Military Forces of Pakistan", "Military Forces of Pakistan (2024-)", "Pakistan army", "Pakistani army",
            "army", "security forces", "troops", "soldiers", "ISPR", "Pakistan", code="PAK")
PAK_POLICE = actor("Police Forces of Pakistan", "police", "Levies", "Levies personnel", "policemen",
                   "law enforcement personnel", code="PAK")
BLA = actor("BLA", "Baloch Liberation Army", "Balochistan Liberation Army", "Baloch separatists", "separatists",
            "militants", "terrorists", "Fitna al-Hindustan", "gunmen", "attackers")
TJP = actor("Tehreek-e-Jihad Pakistan", "TJP", "Tehrik-e-Jihad Pakistan", "militants", "attackers",
            "suicide bomber", "TTP", "Tehrik-i-Taliban Pakistan")
KURRAM_GUNMEN = actor("Unidentified Armed Group (Pakistan)", "gunmen", "armed men", "attackers", "militants",
                      "unidentified gunmen", "Sunni tribesmen")
MOB_KURRAM = actor("Rioters (Pakistan)", "rioters", "mob", "armed mob", "angry crowd", "protesters", "armed men",
                   "Shia tribesmen", "Shiite tribesmen", "tribesmen")
KURRAM_TRIBES = actor("Shia tribesmen", "Sunni tribesmen", "tribal elders", "rival tribes", "jirga",
                      "Khyber Pakhtunkhwa government", "provincial government")
ISK = actor("Islamic State Khorasan Province", "ISKP", "IS-K", "ISIS-K", "Islamic State", "IS", "Daesh",
            "suicide bomber", "bomber")
TALIBAN = actor("Taliban", "Islamic Emirate of Afghanistan", "Taliban government", "Khalil Haqqani",
                "Khalil Rahman Haqqani", "Haqqani", "Haqqani network", "Government of Afghanistan (2021-)", code="AFG")
MAOISTS = actor("CPI (Maoist)", "Communist Party of India (Maoist)", "Maoists", "Maoist rebels", "Naxals",
                "Naxalites", "insurgents", "rebels", "PLGA")
DRG = actor("Police Forces of India", "District Reserve Guard", "DRG", "DRG jawans", "security forces", "police",
            "jawans", "Police Forces of India (2014-)", code="IND")
KASH_MIL = actor("The Resistance Front", "TRF", "militants", "terrorists", "gunmen", "Lashkar-e-Taiba", "LeT",
                 "terrorist")
MMR = actor("Military Forces of Myanmar", "Military Forces of Myanmar (2021-)", "Tatmadaw", "junta", "military",
            "army", "Myanmar military", "military government", "State Administration Council", "jet fighters",
            "fighter jets", "air force", "regime", code="MMR")
AA = actor("Arakan Army", "AA", "ULA/AA", "Rakhine rebels", "ethnic armed group")
MNDAA = actor("MNDAA", "Myanmar National Democratic Alliance Army", "Kokang rebels", "Three Brotherhood Alliance",
              "Brotherhood Alliance", "rebels", "ethnic armed groups")
TNLA = actor("TNLA", "Ta'ang National Liberation Army", "Three Brotherhood Alliance", "Brotherhood Alliance",
             "rebels", "ethnic armed groups")
ALLIANCE = either(actor("Three Brotherhood Alliance", "Brotherhood Alliance", "alliance", "rebels",
                        "ethnic armed groups"), MNDAA, TNLA, AA)
BGD_MOB = actor("Rioters (Bangladesh)", "protesters", "crowd", "crowds", "mob", "students", "demonstrators",
                "rioters", "anti-Hasina protesters", "Students Against Discrimination")
AWAMI = actor("Awami League", "Sheikh Hasina", "Hasina", "Sheikh Mujibur Rahman", "Civilians (Bangladesh)",
              "Sheikh family")
BGD_POLICE = actor("Police Forces of Bangladesh", "police", "Rapid Action Battalion", "RAB", code="BGD")
PHL = actor("Military Forces of the Philippines", "Armed Forces of the Philippines", "AFP", "army",
            "Philippine army", "soldiers", "troops", "1st Infantry Division", "103rd Infantry Brigade", code="PHL")
DI = actor("Dawlah Islamiyah", "Dawlah Islamiyah-Maute", "DI-Maute", "Maute group", "Islamic State", "IS",
           "militants", "terrorists", "local terrorist group", "Dawlah Islamiyah-Philippines")
EMC = actor("FARC dissidents", "Estado Mayor Central", "EMC", "Central General Staff", "FARC-EMC",
            "Dagoberto Ramos front", "Jaime Martinez front", "dissidents", "rebels", "armed group")
COL_POLICE = actor("Police Forces of Colombia", "police", "National Police", "police station", "police officers",
                   "Policia Nacional", code="COL")
ECU_GANG = actor("Los Choneros", "Los Lobos", "Los Pipos", "Los Chone Killers", "gangs", "inmates", "prisoners",
                 "rival gangs", "gang members", "Prisoners (Ecuador)")
ECU_PRIS = actor("Prisoners (Ecuador)", "inmates", "prisoners", "Los Choneros", "Los Lobos", "Los Pipos", "gangs")
BRA_POLICE = actor("Police Forces of Brazil", "Military Police", "military police", "BOPE", "police",
                   "Federal Highway Police", "PRF", "Rio police", "Police Forces of Brazil (2023-)", code="BRA")
CV = actor("Comando Vermelho", "Red Command", "CV", "drug traffickers", "gang members", "suspects",
           "criminals", "gunmen")
VEN_PROT = actor("Protesters (Venezuela)", "protesters", "demonstrators", "opposition supporters", "crowd",
                 "crowds", "residents")
VEN_SEC = actor("Police Forces of Venezuela", "National Guard", "GNB", "Bolivarian National Guard", "security forces",
                "police", "colectivos", "pro-government groups", "Military Forces of Venezuela", "authorities",
                "Attorney General Tarek William Saab", code="VEN")

# ---- places --------------------------------------------------------------------------------------
MANDURI = place(["Mandori", "Manduri", "Ochat", "Bagan", "Lower Kurram", "Kurram", "Kurram district",
                 "near Parachinar", "Khyber Pakhtunkhwa"], "PAK", 33.600, 70.420)
BAGAN = place(["Bagan", "Bagan bazaar", "Bagan market", "Lower Kurram", "Kurram", "Kurram district"], "PAK",
              33.580, 70.400)
KURRAM = place(["Kurram", "Kurram district", "Lower Kurram", "Upper Kurram", "Parachinar", "Khyber Pakhtunkhwa"],
               "PAK")
MUSAKHEL = place(["Musakhel", "Musa Khel", "Rarasham", "Rarashum", "Musakhel district", "Balochistan"], "PAK",
                 30.860, 69.820)
KALAT = place(["Kalat", "Kalat district", "Balochistan"], "PAK", 29.030, 66.590)
BOLAN = place(["Kolpur", "Bolan", "Bolan district", "Kachhi", "Balochistan"], "PAK", 29.900, 67.110)
BELA = place(["Bela", "Lasbela", "Lasbela district", "Balochistan"], "PAK", 26.230, 66.310)
DARABAN = place(["Daraban", "Daraban police station", "Dera Ismail Khan", "D.I. Khan", "Dera Ismail Khan district",
                 "Khyber Pakhtunkhwa"], "PAK", 31.700, 70.340)
KABUL_MIN = place(["Kabul", "Ministry of Refugees and Repatriation", "Ministry of Refugees", "Afghanistan"], "AFG",
                  34.530, 69.170)
AMBELI = place(["Ambeli", "Kutru", "Kutru-Bedre road", "Bijapur", "Bijapur district", "Chhattisgarh"], "IND",
               19.000, 80.800)
ABUJHMARH = place(["Abujhmarh", "Abujhmad", "Narayanpur", "Dantewada", "Narayanpur-Dantewada border",
                   "Chhattisgarh"], "IND")
GAGANGIR = place(["Gagangir", "Gund", "Ganderbal", "Ganderbal district", "Sonamarg", "Z-Morh tunnel",
                  "Jammu and Kashmir", "Kashmir"], "IND", 34.280, 75.160)
KYAUK_NI_MAW = place(["Kyauk Ni Maw", "Kyauk Nimaw", "Ramree", "Ramree island", "Ramree township", "Rakhine",
                      "Rakhine state"], "MMR", 19.200, 93.800)
CHINSHWEHAW = place(["Chinshwehaw", "Chin Shwe Haw", "Laukkai", "Kokang", "northern Shan", "Shan state"], "MMR",
                    23.750, 98.650)
HSENWI = place(["Hsenwi", "Theinni", "northern Shan", "Shan state"], "MMR", 23.300, 97.960)
KUTKAI = place(["Kutkai", "Kyaukme-Muse", "northern Shan", "Shan state"], "MMR", 23.460, 97.940)
N_SHAN = place(["northern Shan", "northern Shan state", "Shan state", "Shan"], "MMR")
DHANMONDI = place(["Dhanmondi 32", "Dhanmondi", "Dhanmondi Road 32", "Bangabandhu Memorial Museum", "Dhaka"],
                  "BGD", 23.750, 90.380)
KHULNA = place(["Khulna", "Sheikh Bari", "Khulna city"], "BGD", 22.820, 89.550)
MUNAI = place(["Munai", "Tamparan", "Barangay Tamparan", "Lanao del Norte", "Mindanao"], "PHL", 7.970, 124.060)
PIAGAPO = place(["Piagapo", "Lanao del Sur", "Mindanao"], "PHL", 7.960, 124.180)
MORALES = place(["Morales", "Cauca", "Cauca department"], "COL", 2.750, -76.630)
LITORAL = place(["Guayaquil", "Litoral Penitentiary", "Penitenciaria del Litoral", "Litoral prison", "Guayas"],
                "ECU", -2.070, -79.930)
TURI = place(["Cuenca", "Turi", "Turi prison", "Turi penitentiary", "Azuay"], "ECU", -2.950, -78.990)
LATACUNGA = place(["Latacunga", "Latacunga prison", "Cotopaxi", "Cotopaxi prison"], "ECU", -0.930, -78.620)
VILA_CRUZEIRO = place(["Vila Cruzeiro", "Penha", "Chatuba", "Rio de Janeiro", "Rio", "north Rio"], "BRA",
                      -22.840, -43.280)
CARACAS = place(["Caracas", "Petare", "Miraflores", "Venezuela"], "VEN", 10.490, -66.880)
FALCON = place(["Falcon", "Falcon state", "Coro", "Venezuela"], "VEN")
VENEZUELA = place(["Venezuela", "across the country", "Caracas"], "VEN")

# =========================================================================================================
# 1. Kurram convoy, wire, 2024-11-22
P = "2024-11-22"
doc("pakistan-kurram-convoy-wire-2024-11-22", P, "Indus Wire Service",
    "Death toll in Kurram convoy ambush rises to 42; shops torched in Bagan", "wire",
    """PESHAWAR, Pakistan, Nov 22 (Indus Wire Service) - The number of people killed when gunmen opened fire on a convoy of passenger vans in northwest Pakistan rose to 42 on Friday, officials said, as angry crowds set fire to a bazaar and houses in the same district in apparent revenge.

The convoy, carrying mostly Shiite Muslim travellers from the town of Parachinar to Peshawar under police escort, was ambushed on Thursday afternoon near Mandori in the Lower Kurram area of Khyber Pakhtunkhwa province. Attackers hidden on both sides of the road sprayed the vehicles with automatic fire for several minutes, survivors told local reporters. Officials had initially given a toll of 38; women and at least six children were among the dead, and around 20 others were wounded, some critically.

No group has claimed the ambush. The Pakistani Taliban denied any involvement in a statement.

On Friday hundreds of men, many of them armed, marched on the mainly Sunni market town of Bagan, about a dozen kilometres from the scene, and set fire to shops, houses and a petrol station in retaliation for the killings, residents and a police official said. Exchanges of fire between the two sides went on into the evening; there was no reliable count of casualties from Bagan by nightfall.

Kurram, which borders Afghanistan, has a long history of deadly land and sectarian disputes between Shiite and Sunni tribes. The main road through the district had been closed for weeks after an earlier attack on a convoy in October, and travellers were only allowed to move in escorted convoys.

Mobile phone services were suspended across the district on Friday and the provincial government said a delegation would fly to Parachinar for talks with elders.
""",
    [
        ev("e1", VAC, ATTACK, KURRAM_GUNMEN, civ("Pakistan", "passengers", "travellers", "Shia travellers",
           "Shiite Muslims", "convoy"), wd("2024-11-21", "Thursday"), None, MANDURI, (42, 42),
           note="convoy ambush near Mandori, Lower Kurram; 38 first, 42 on Friday (latest count of the same source "
                "supersedes); ~20 wounded; no claim"),
        ev("e2", RIOTS, [MOB, VIOLENT], MOB_KURRAM, civ("Pakistan", "shopkeepers", "Sunni residents"), wd(P, "Friday"),
           None, BAGAN, None, responds_to=["e1"],
           note="Bagan bazaar, houses and petrol station torched 'in retaliation for the killings'; exchanges of fire, "
                "no count. A coder could also pick Looting/property destruction"),
        ev("e3", VAC, ATTACK, KURRAM_GUNMEN, civ("Pakistan", "convoy"), "2024-10-01", "2024-10-31", KURRAM, None,
           optional=True, note="'an earlier attack on a convoy in October' (month only, no toll)"),
    ])
SET.accept(1, [RIOTS, STRAT], [MOB, VIOLENT, LOOT])

# 2. Kurram, garbled copy, 2024-11-24
P = "2024-11-24"
doc("pakistan-kurram-truce-garbled-2024-11-24", P, "Daily Frontier Update",
    "Kurram: seven day ceasefire agreed between tribes after deadly clashes, toll reach 82", "garbled copy",
    """The warring tribes of Kurram district have agreed on seven days ceasefire on Sunday, a government spokesman has told, after the clashes which erupted in the district following Thursday carnage on passenger convoy left at least 82 persons dead from the both sides.

The spokesman Barrister Saif said the government delegation held the negotiations with elders of Shia and Sunni communities in Parachinar and both side has agreed for the ceasefire and to return the bodies and the persons which are held by each others. Talks will be continuing for the permanent peace, he added.

It is to be mentioned that on Thursday 21 November the unknown armed men carried out an offensive on the convoy of vehicles near Ochat and Mandori areas in Lower Kurram which was heading for Peshawar, in which 43 innocent passengers including women and childrens were martyred. On next day a big mob of angry people attacked Bagan bazaar and put on fire hundreds of shops and homes as revenge of convoy carnage, and then fierce fighting with heavy weapons spreaded to Balishkhel, Khar Kalay and other villages in which the dozens more were killed and wounded.

The roads leading to Parachinar are still closed and people are facing shortage of medicines and food, the local peoples said. Educational institutions also closed.

Source link
Share this:
Related
""",
    [
        ev("e1", STRAT, AGREEMENT, KURRAM_TRIBES, KURRAM_TRIBES, wd(P, "Sunday"), None,
           place(["Parachinar", "Kurram", "Kurram district"], "PAK", 33.900, 70.100), None,
           note="seven-day ceasefire agreed in talks at Parachinar"),
        ev("e2", VAC, ATTACK, KURRAM_GUNMEN, civ("Pakistan", "passengers", "convoy"), wd("2024-11-21", "Thursday"),
           None, MANDURI, (43, 43), same_as="pakistan-kurram-convoy-wire-2024-11-22/e1",
           note="recalled convoy ambush, now 43"),
        ev("e3", RIOTS, [MOB, VIOLENT], MOB_KURRAM, civ("Pakistan"), wd("2024-11-22", "Friday"), None, BAGAN, None,
           responds_to=["e2"], same_as="pakistan-kurram-convoy-wire-2024-11-22/e2",
           note="Bagan bazaar torched 'as revenge of convoy carnage'"),
        ev("e4", BATTLES, CLASH, actor("Shia tribesmen", "tribesmen", "armed men"),
           actor("Sunni tribesmen", "tribesmen", "armed men"), "2024-11-22", "2024-11-24",
           place(["Balishkhel", "Khar Kalay", "Kurram", "Lower Kurram", "Kurram district"], "PAK"), (12, 82),
           note="fighting spread to Balishkhel, Khar Kalay 'and other villages': 'dozens' killed -> 12; the lead's "
                "'at least 82 from both sides' may or may not include the 43 convoy dead: high 82. Several villages, "
                "range of days: precision 3"),
        ev("e5", VAC, ABDUCT, either(actor("Shia tribesmen"), actor("Sunni tribesmen"), actor("tribesmen")),
           civ("Pakistan", "captives", "persons held"), "2024-11-21", "2024-11-24", KURRAM, None, optional=True,
           note="'the persons which are held by each others' to be returned: abductions implied, never described"),
    ])
SET.accept(1, [VAC], [ATTACK])
SET.accept(2, [RIOTS, STRAT], [MOB, VIOLENT, LOOT])

# 3. Balochistan, military press release paraphrase, 2024-08-26
P = "2024-08-26"
doc("pakistan-balochistan-ispr-2024-08-26", P, "Quetta Evening Post",
    "Military says 21 militants, 14 soldiers and police killed as separatists strike across Balochistan",
    "military press release (paraphrase)",
    """QUETTA - Security forces killed 21 militants in clearance operations across Balochistan after separatists carried out a string of coordinated attacks overnight, the military's media wing, Inter-Services Public Relations (ISPR), said in a statement on Monday. Fourteen soldiers and law enforcement personnel lost their lives, the statement said.

According to the ISPR, the attackers targeted innocent civilians in several districts of the province in an attempt to disrupt its development, and the operations were continuing to bring the "perpetrators of these heinous and cowardly acts" to justice. The statement named the attack on a camp in the Bela area of Lasbela district, where it said troops had repulsed the assault.

Separately, provincial officials gave a grim picture of the night. In the Musakhel district, gunmen blocked the highway at Rarasham, stopped trucks and buses, checked passengers' identity cards and shot dead 23 men, most of them labourers from Punjab, before torching at least 35 vehicles, the district's deputy commissioner said. In Kalat, ten people, among them four Levies personnel, were killed when militants attacked a checkpoint and vehicles on the highway, police said. A railway bridge linking Quetta with the rest of the country was blown up near Kolpur in the Bolan area, suspending train services.

The banned Baloch Liberation Army claimed responsibility later on Monday, saying the attacks were part of an operation it called "Herof" (Dark Storm) and that its fighters, including a suicide squad, had taken over highways across the province.

Prime Minister Shehbaz Sharif condemned the attacks and said the perpetrators would not escape.
""",
    [
        ev("e1", VAC, ATTACK, BLA, civ("Pakistan", "passengers", "labourers", "men from Punjab", "truck drivers"),
           "2024-08-25", wd("2024-08-26", "Monday"), MUSAKHEL, (23, 23),
           note="Rarasham highway killings: 23 passengers shot after ID checks; 35 vehicles torched (same event). "
                "BLA claim later in the text. 'Overnight': date 25-26 accepted", ),
        ev("e2", VAC, ATTACK, BLA, either(PAK_POLICE, civ("Pakistan")), "2024-08-25", "2024-08-26", KALAT, (10, 10),
           note="Kalat checkpoint and vehicles: 10 incl. 4 Levies; accepts Armed clash"),
        ev("e3", REMOTE, IED, BLA, actor("Pakistan Railways", "railway bridge", "Civilians (Pakistan)"),
           "2024-08-25", "2024-08-26", BOLAN, None,
           note="railway bridge blown up near Kolpur (no toll given); accepts Looting/property destruction"),
        ev("e4", BATTLES, CLASH, BLA, PAK, "2024-08-25", "2024-08-26", BELA, None,
           note="attack on the Bela camp repulsed; the 21 + 14 are province-wide totals, not for Bela: null"),
        ev("e5", BATTLES, CLASH, PAK, BLA, "2024-08-25", "2024-08-26",
           place(["Balochistan", "across Balochistan"], "PAK"), (35, 35), optional=True,
           note="ISPR's aggregate: 21 militants + 14 soldiers/police in 'clearance operations' across the province; "
                "overlaps the located events, so optional"),
    ])
SET.accept(0, [VAC], [ATTACK])
SET.accept(1, [VAC, BATTLES], [ATTACK, CLASH])
SET.accept(2, [REMOTE, STRAT], [IED, LOOT])

# 4. Daraban, wire brief, 2023-12-12
P = "2023-12-12"
doc("pakistan-daraban-brief-2023-12-12", P, "Indus Wire Service",
    "23 soldiers killed in suicide attack on army post in northwest Pakistan", "wire brief",
    """DERA ISMAIL KHAN (Indus Wire Service) - Twenty-three soldiers were killed before dawn on Tuesday when militants rammed an explosives-laden vehicle into the gate of a police station being used as a base by the army in Daraban, in Khyber Pakhtunkhwa's Dera Ismail Khan district, the military said.

Attackers then stormed the compound, and all six were killed in the ensuing exchange of fire, it said. Several buildings collapsed; officials said the toll among the troops, initially put at 16, could rise further because some of the wounded were in critical condition.

A little-known militant group, Tehreek-e-Jihad Pakistan, claimed the attack. Officials say it is a front for the Pakistani Taliban.
""",
    [
        ev("e1", REMOTE, SUICIDE, TJP, PAK, wd(P, "Tuesday"), None, DARABAN, (29, 29),
           note="23 soldiers + 6 attackers stated killed (convention: attackers added); 16 was an earlier count "
                "superseded by the same source. Suicide vehicle then storming: accepts Armed clash"),
    ])
SET.accept(0, [REMOTE, BATTLES], [SUICIDE, CLASH])

# 5. Kabul, wire brief, 2024-12-11
P = "2024-12-11"
doc("afghanistan-haqqani-ministry-brief-2024-12-11", P, "Hindu Kush Briefs",
    "Taliban refugees minister Khalil Haqqani killed in Kabul blast", "wire brief",
    """KABUL (Hindu Kush Briefs) - Afghanistan's minister for refugees, Khalil Rahman Haqqani, was killed on Wednesday when a bomb went off inside his ministry in Kabul, Taliban officials said, the most senior figure of the movement to die in an attack since it returned to power in 2021.

A Taliban official said the explosion was caused by a suicide bomber and that several of the minister's colleagues and guards were also killed, without giving a number. Haqqani, an uncle of interior minister Sirajuddin Haqqani, was leaving the ministry's compound after midday prayers, a relative said.

Islamic State's Khorasan branch claimed the bombing in the evening through its Amaq news outlet. The group has carried out a series of attacks on Taliban officials and on Shiite gatherings in recent years.
""",
    [
        ev("e1", REMOTE, SUICIDE, ISK, either(TALIBAN, civ("Afghanistan", "ministry staff", "guards")),
           wd(P, "Wednesday"), None, KABUL_MIN, None,
           note="Haqqani + 'several' colleagues and guards + the bomber: no usable count, left unscored; claim later "
                "in the text"),
    ])

# 6. Bijapur, wire, 2025-01-07
P = "2025-01-07"
doc("india-bijapur-ied-wire-2025-01-07", P, "Deccan Newswire",
    "Eight DRG jawans, driver killed as Maoists blow up vehicle in Chhattisgarh's Bijapur", "wire",
    """RAIPUR, Jan 7 (Deccan Newswire) - Eight personnel of the District Reserve Guard and their civilian driver were killed on Monday when Maoists set off a powerful improvised explosive device under their vehicle on the Kutru-Bedre road in Chhattisgarh's Bijapur district, police said, the deadliest attack on security forces in the state in nearly two years.

The jawans were returning in a four-wheeler from a joint anti-Maoist operation in the Abujhmarh forests when the bomb, estimated at 60 to 70 kg and planted under the road long before, blew up near Ambeli village at around 2.15 pm, Bastar range Inspector General P. Sundarraj said. The blast left a crater several feet deep and threw the wreckage of the vehicle into the trees.

The operation the team was returning from had ended on Sunday. In that encounter, on the Narayanpur-Dantewada border since Saturday evening, security forces killed five Maoists, including women cadres, and recovered an AK-47 and a self-loading rifle, police said. A DRG head constable was also killed in the firing.

Chief Minister Vishnu Deo Sai called Monday's attack a cowardly act and said the campaign against left-wing extremism would continue. Union Home Minister Amit Shah has said the government aims to end Maoist violence in the country by March 2026.

Nearly 220 Maoists were killed in encounters in Chhattisgarh in 2024, most of them in the Bastar region, according to police figures.
""",
    [
        ev("e1", REMOTE, IED, MAOISTS, DRG, wd("2025-01-06", "Monday"), None, AMBELI, (9, 9),
           note="8 DRG + civilian driver; IED near Ambeli on the Kutru-Bedre road"),
        ev("e2", BATTLES, CLASH, DRG, MAOISTS, wd("2025-01-04", "Saturday"), wd("2025-01-05", "Sunday"), ABUJHMARH,
           (6, 6), note="encounter on the Narayanpur-Dantewada border: 5 Maoists + 1 head constable. Text does not say "
                        "the IED answered it: no link"),
    ])

# 7. Gagangir, garbled copy, 2024-10-21
P = "2024-10-21"
doc("india-gagangir-garbled-2024-10-21", P, "Valley Instant Updates",
    "7 killed including doctor as terrorist attack labourers camp at Gagangir Ganderbal", "garbled copy",
    """At least seven persons including one doctor and six non local labourers were killed in the dastardly terror attack in Gagangir area of Ganderbal district of central Kashmir on late Sunday evening, official said on Monday.

As per the details, the unidentified terrorists have barged into the camp of workers of a infrastructure company which is constructing the Z-Morh tunnel at Gund and carried out indiscriminate firing upon the labourers when they had gathered for dinner in the mess. Two labourers was killed on the spot and several other got injured, later the toll rised to seven after the injured succumb in the SKIMS hospital at Soura, the officials told. Five other injured is being treated.

The slain are including a doctor from Budgam and labourers from Punjab, Bihar and other states. The Resistance Front (TRF), a offshoot of Lashkar-e-Taiba, has reportedly claimed the killing, according to the sources, however the claim could not be verified independently.

Chief Minister Omar Abdullah condemned the attack strongly and called it cowardly act on the unarmed innocent peoples. The security forces has launched a massive cordon and search operation in the area to nab the attackers.

Share this:
Like this:
Loading...
""",
    [
        ev("e1", VAC, ATTACK, KASH_MIL, civ("India", "labourers", "workers", "non-local labourers", "doctor",
           "tunnel workers"), wd("2024-10-20", "Sunday"), None, GAGANGIR, (7, 7),
           note="2 on the spot then 7; 5 injured; TRF claim 'reportedly', unverified"),
    ])

# 8. Kyauk Ni Maw, wire, 2025-01-09
P = "2025-01-09"
doc("myanmar-kyauk-ni-maw-airstrike-wire-2025-01-09", P, "Bay of Bengal Wire",
    "Myanmar junta air strike kills about 40 on Rakhine island village, Arakan Army says", "wire",
    """BANGKOK, Jan 9 (Bay of Bengal Wire) - About 40 people were killed and at least 20 wounded when a Myanmar military aircraft bombed a village on Ramree island in western Rakhine state, the Arakan Army and residents said on Thursday, in one of the deadliest air raids on civilians in months.

The strike hit Kyauk Ni Maw, a Muslim fishing village in Ramree township, early on Wednesday afternoon, and the fire it started spread through the tightly packed wooden houses, destroying about 500 homes, according to a local aid worker who asked not to be named. Most of the victims were women, children and elderly people, he said.

The Arakan Army, the ethnic armed group that has seized most of Rakhine's townships from the junta over the past year, said the village lay inside territory under its control and that it had no fighters there. The group accused the military of deliberately targeting civilians.

A spokesperson for the ruling junta did not respond to calls. The military has previously said its air force only strikes "terrorist" targets. Its jets have pounded areas held by the Arakan Army as it loses ground in the state, including the Western Command headquarters in Ann, which the rebels captured in December.

Communications in Rakhine have been largely cut for months, making reports hard to verify.
""",
    [
        ev("e1", REMOTE, AIR, MMR, civ("Myanmar", "villagers", "Muslim villagers", "fishermen"),
           wd("2025-01-08", "Wednesday"), None, KYAUK_NI_MAW, (40, 40),
           note="'about 40' killed, 20+ wounded, 500 homes burned (same event)"),
        ev("e2", BATTLES, OVERTAKE, AA, MMR, "2024-12-01", "2024-12-31",
           place(["Ann", "Western Command", "Western Command headquarters", "Rakhine"], "MMR", 19.780, 94.030), None,
           optional=True, note="recalled capture of the Western Command HQ in Ann 'in December' (month only)"),
    ])

# 9. Operation 1027, live blog, 2023-10-28
P = "2023-10-28"
doc("myanmar-operation-1027-liveblog-2023-10-28", P, "Mekong Live Desk",
    "Live: ethnic rebel alliance launches offensive in Myanmar's northern Shan state", "live blog",
    """Myanmar: northern Shan offensive - live

09:20 GMT - The junta's spokesman Major General Zaw Min Tun tells state media the military has "responded" to the attacks with air and ground support, and admits that some outposts and government offices in Chinshwehaw have been lost. He calls the alliance's members terrorists backed by foreign interests and gives no casualty figures for his forces.

07:45 GMT - Residents of Lashio report jets flying north all morning. A resident of Hsenwi says a military air strike hit the edge of the town yesterday afternoon after rebels overran a nearby police post; we are trying to confirm whether anyone was hurt.

06:10 GMT - The alliance now says it has seized more than 80 positions since the operation began before dawn yesterday, including the border trade town of Chinshwehaw, which it says is under the full control of the Kokang group, the MNDAA. We cannot verify the figure.

04:30 GMT - A Ta'ang National Liberation Army (TNLA) spokesman says its fighters attacked army camps and checkpoints along the Mandalay-Muse highway near Kutkai and Hsenwi on Friday, and that fighting was continuing this morning. The highway, Myanmar's main trade route to China, is blocked.

Catch-up: what we know

- Before dawn on Friday, October 27, the Three Brotherhood Alliance - the MNDAA, the TNLA and the Arakan Army - launched coordinated attacks on military targets across northern Shan, calling it "Operation 1027".
- The groups say they aim to "eradicate" military rule and crack down on the online scam centres along the Chinese border.
- Local aid groups say thousands of people have fled their homes.
""",
    [
        ev("e1", BATTLES, OVERTAKE, MNDAA, MMR, wd("2023-10-27", "Friday"), P, CHINSHWEHAW, None,
           note="Chinshwehaw seized (junta admits losing outposts and offices there)"),
        ev("e2", BATTLES, CLASH, TNLA, MMR, "2023-10-27", P, KUTKAI, None,
           note="TNLA attacks on camps/checkpoints on the highway near Kutkai and Hsenwi; one place given as the pair, "
                "coded at Kutkai (Hsenwi has its own events below)"),
        ev("e3", BATTLES, OVERTAKE, ALLIANCE, MMR, "2023-10-27", "2023-10-27", HSENWI, None,
           note="rebels 'overran a nearby police post' at Hsenwi; accepts Armed clash"),
        ev("e4", REMOTE, AIR, MMR, ALLIANCE, "2023-10-27", "2023-10-27", HSENWI, None, responds_to=["e3"],
           note="strike on the edge of Hsenwi 'after rebels overran a nearby police post': a sequence, link kept since "
                "the junta says it 'responded' to the attacks"),
        ev("e5", BATTLES, CLASH, ALLIANCE, MMR, "2023-10-27", P, N_SHAN, None, optional=True,
           note="'more than 80 positions' across northern Shan (unverified aggregate)"),
    ])
SET.accept(2, [BATTLES], [OVERTAKE, CLASH])

# 10. Bangladesh, long-form analysis, 2025-02-07
P = "2025-02-07"
doc("bangladesh-dhanmondi-analysis-2025-02-07", P, "Delta Review",
    "Analysis: bulldozers at Dhanmondi 32 and the unfinished business of Bangladesh's uprising", "long-form analysis",
    """For most of Wednesday night and into Thursday, thousands of people gathered on Road 32 in Dhaka's Dhanmondi neighbourhood to watch the house of Sheikh Mujibur Rahman, the country's founding leader, be torn down. Some swung hammers at the walls; others set what remained of the building on fire. By Thursday afternoon two excavators had reduced much of the three-storey house, which had served as a memorial museum since the 1990s, to rubble. Police and soldiers stood by and did not intervene.

The trigger was a speech. Sheikh Hasina, Mujib's daughter, who fled to India when her government fell in August, was due to address her Awami League supporters online on Wednesday evening. Student groups that led last year's uprising had called on people to march on Dhanmondi 32 "with bulldozers" if she spoke. She did, urging her supporters to resist the interim government, and the crowds were already waiting.

The anger did not stay in the capital. In the southwestern city of Khulna, crowds demolished the house known as Sheikh Bari, which belonged to Hasina's cousins, on Wednesday night, and homes and offices of Awami League leaders were attacked or set on fire in several other districts, local media reported. There were no reports of deaths.

The interim government led by Muhammad Yunus said on Thursday that the attacks on the house were "undesirable" but blamed Hasina's "provocative" remarks for triggering them, and promised to protect lives and property.

The house had already been a target. On August 5, the afternoon Hasina fled by helicopter, crowds celebrating her fall stormed her official residence, the Ganabhaban, carrying off furniture, food and even livestock, and set fire to the Dhanmondi museum. On the same day police stations across the country were attacked; at Jatrabari in Dhaka, police said, at least a dozen officers were killed when a crowd besieged the station.

Those weeks left deep scars. Police, the main instrument of the crackdown on the student protests in July, have yet to regain public trust, and many stations still lack officers. The Awami League, for its part, says its members are being hunted down.

What happens next depends partly on whether the interim government can hold to its promise of elections, and partly on whether it can stop the street from settling scores on its own.
""",
    [
        ev("e1", RIOTS, MOB, BGD_MOB, AWAMI, wd("2025-02-05", "Wednesday"), wd("2025-02-06", "Thursday"), DHANMONDI,
           (0, 0), note="house demolished and burned by crowds; 'no reports of deaths' (for the night's events). "
                        "Not linked: the trigger is a speech, not an event"),
        ev("e2", RIOTS, MOB, BGD_MOB, AWAMI, wd("2025-02-05", "Wednesday"), "2025-02-06", KHULNA, (0, 0),
           note="Sheikh Bari demolished in Khulna"),
        ev("e3", RIOTS, MOB, BGD_MOB, AWAMI, "2025-02-05", "2025-02-06",
           place(["several other districts", "Bangladesh"], "BGD"), (0, 0), optional=True,
           note="Awami League homes and offices in 'several other districts' (unnamed)"),
        ev("e4", RIOTS, MOB, BGD_MOB, AWAMI, wd("2024-08-05", "Monday"), None,
           place(["Ganabhaban", "Gonobhaban", "Dhaka"], "BGD", 23.770, 90.380), None,
           note="recalled storming and looting of the PM's residence on August 5; accepts Looting/property destruction"),
        ev("e5", RIOTS, MOB, BGD_MOB, AWAMI, "2024-08-05", None, DHANMONDI, None,
           note="recalled burning of the Dhanmondi museum on August 5"),
        ev("e6", RIOTS, MOB, BGD_MOB, BGD_POLICE, "2024-08-05", None,
           place(["Jatrabari", "Jatrabari police station", "Dhaka"], "BGD", 23.710, 90.430), (12, 12),
           note="'at least a dozen officers' killed: 12"),
        ev("e7", RIOTS, MOB, BGD_MOB, BGD_POLICE, "2024-08-05", None, place(["Bangladesh", "across the country"], "BGD"),
           None, optional=True, note="police stations attacked 'across the country'"),
    ])
SET.accept(0, [RIOTS, STRAT], [MOB, LOOT])
SET.accept(1, [RIOTS, STRAT], [MOB, LOOT])
SET.accept(3, [RIOTS, STRAT], [MOB, LOOT])
SET.accept(4, [RIOTS, STRAT], [MOB, LOOT])

# 11. Munai, army statement paraphrase, 2024-02-19
P = "2024-02-19"
doc("philippines-munai-ambush-army-2024-02-19", P, "Mindanao Daily Ledger",
    "Army: six soldiers killed in Lanao del Norte ambush blamed on Dawlah Islamiyah", "military press release (paraphrase)",
    """ILIGAN CITY - Six soldiers were killed on Sunday when they were ambushed by members of the Islamic State-inspired Dawlah Islamiyah in a remote village of Munai town in Lanao del Norte, the Philippine Army said in a statement on Monday.

The soldiers, from an infantry battalion under the army's 1st Infantry Division, were on their way back from buying supplies for a community development project in Barangay Tamparan when they were fired upon by about ten gunmen, the statement said. The troops fought back, but the attackers escaped into the hills towards the boundary with Lanao del Sur. The army did not say whether any of the attackers had been hit.

The division's commander said the ambush appeared to be retaliation for the military operation in Piagapo, Lanao del Sur, on January 25, in which troops backed by air strikes killed nine members of the group. Pursuit operations were under way, supported by helicopters, the statement added.

President Ferdinand Marcos Jr condemned the "cowardly" attack and ordered the armed forces to hunt down those responsible.

Dawlah Islamiyah, whose members took part in the 2017 siege of Marawi, was also blamed for the bombing of a Catholic Mass at a university gymnasium in Marawi in December.
""",
    [
        ev("e1", BATTLES, CLASH, DI, PHL, wd("2024-02-18", "Sunday"), None, MUNAI, (6, 6),
           responds_to=["e2"],
           note="ambush, troops fought back: Armed clash; 6 soldiers; 'appeared to be retaliation' for Piagapo: link "
                "(the army's reading, stated in the text)"),
        ev("e2", BATTLES, CLASH, PHL, DI, wd("2024-01-25", "Thursday"), None, PIAGAPO, (9, 9),
           note="recalled Piagapo operation with air strikes: 9 DI members; accepts Air/drone strike"),
        ev("e3", REMOTE, IED, DI, civ("Philippines", "Catholic worshippers", "students"), "2023-12-01", "2023-12-31",
           place(["Marawi", "Mindanao State University", "Lanao del Sur"], "PHL", 7.999, 124.260), None,
           optional=True, note="recalled Marawi gym bombing 'in December' (month only, no toll)"),
    ])
SET.accept(1, [BATTLES, REMOTE], [CLASH, AIR])

# 12. Morales, wire, 2024-05-21
P = "2024-05-21"
doc("colombia-morales-cauca-wire-2024-05-21", P, "Andes Press Agency",
    "Two police killed as FARC dissidents attack Colombian town of Morales", "wire",
    """BOGOTA, May 21 (Andes Press Agency) - Two police officers were killed and at least four people wounded when fighters of a FARC dissident faction attacked the town of Morales in Colombia's southwestern Cauca department, officials said on Tuesday, in a siege that lasted more than 12 hours.

The assault began before dawn on Monday, when gunmen surrounded the police station and fired on it with rifles and homemade explosives, some of them dropped from drones, according to the governor's office. Residents locked themselves in their homes as the shooting went on through the day. The army sent reinforcements and said on Tuesday that it had regained control of the town; troops found the remains of explosive-laden gas cylinders in several streets.

Defence Minister Ivan Velasquez blamed the Estado Mayor Central, the largest group of former FARC rebels who rejected the 2016 peace deal, and specifically its Jaime Martinez front. The group has not commented.

President Gustavo Petro suspended a ceasefire with the Estado Mayor Central in Cauca and two other departments in March, after its fighters were accused of killing Carmelina Yule Pavi, an indigenous leader, in Toribio on March 17. Since then, the group has carried out dozens of attacks on police and troops in the region, according to the defence ministry.

The town of Morales, about 60 km north of the department capital Popayan, lies on a route used to move cocaine from Cauca's mountains to the Pacific coast.
""",
    [
        ev("e1", BATTLES, CLASH, EMC, COL_POLICE, "2024-05-20", wd(P, "Tuesday"), MORALES, (2, 2),
           note="siege of the police station with rifles, explosives and drone-dropped bombs; 2 police killed, 4+ wounded"),
        ev("e2", REMOTE, AIR, EMC, COL_POLICE, wd("2024-05-20", "Monday"), None, MORALES, None, optional=True,
           note="drone-dropped explosives during the same siege (a coder could split them out)"),
        ev("e3", VAC, ATTACK, EMC, civ("Colombia", "Carmelina Yule Pavi", "indigenous leader"), wd("2024-03-17", "Sunday"),
           None, place(["Toribio", "Toribío", "Cauca"], "COL", 2.950, -76.270), (1, 1),
           note="recalled killing of Carmelina Yule Pavi (EMC 'accused')"),
        ev("e4", STRAT, "Change to group/activity", actor("Government of Colombia", "Gustavo Petro", "Petro",
           code="COL"), EMC, "2024-03-01", "2024-03-31", place(["Cauca", "Colombia"], "COL"), None, optional=True,
           responds_to=["e3"], note="ceasefire suspended 'after' the killing; non-violent development, optional"),
        {"id": "t1", "kind": "tally", "event_type": [BATTLES, VAC], "sub_event_type": [CLASH, ATTACK],
         "actor1": EMC, "actor2": either(COL_POLICE, actor("Military Forces of Colombia", "troops", code="COL")),
         "date": {"start": "2024-03-17", "end": P}, "location": place(["Cauca", "the region"], "COL"),
         "fatalities": None, "count": 12, "responds_to": [], "optional": True,
         "note": "'dozens of attacks' since March: 12 by the ACLED reading of 'dozens'"},
    ])

# 13. Ecuador prisons, wire, 2021-02-24
P = "2021-02-24"
doc("ecuador-prison-riots-wire-2021-02-24", P, "Andes Press Agency",
    "Ecuador prison riots death toll rises to 79 as gangs fight for control", "wire",
    """QUITO, Feb 24 (Andes Press Agency) - At least 79 inmates were killed in simultaneous riots in three Ecuadorean prisons, officials said on Wednesday, raising a toll first put at 62, in what President Lenin Moreno called a concerted action by criminal organisations.

The violence broke out on Tuesday when rival gangs fought for control of the jails after a search for weapons, prison authorities said. Many of the victims were decapitated or dismembered, and images shared on social media showed bodies piled in cell blocks.

The worst of the killing was at the Turi prison in the southern city of Cuenca, where 34 inmates died, and at the Litoral Penitentiary in the port city of Guayaquil, where 37 were killed. Eight died in the prison in Latacunga, south of Quito. Police said several officers had been injured and that security forces had retaken control of all three sites by Wednesday morning after deploying hundreds of police and soldiers.

Edmundo Moncayo, the head of the prison service, said two factions of the Los Choneros gang - Los Lobos and Los Pipos - had joined forces to attack rival leaders, triggering the clashes. Families of inmates gathered outside the Turi and Guayaquil prisons on Tuesday night demanding news of their relatives.

Ecuador's prisons, where about 38,000 people are held in space for fewer than 30,000, saw more than 100 violent deaths last year.
""",
    [
        ev("e1", BATTLES, CLASH, ECU_GANG, ECU_PRIS, wd("2021-02-23", "Tuesday"), None, TURI, (34, 34),
           note="Turi (Cuenca): 34; gang against gang inside the prison; accepts Violent demonstration/Attack"),
        ev("e2", BATTLES, CLASH, ECU_GANG, ECU_PRIS, "2021-02-23", None, LITORAL, (37, 37), note="Guayaquil: 37"),
        ev("e3", BATTLES, CLASH, ECU_GANG, ECU_PRIS, "2021-02-23", None, LATACUNGA, (8, 8), note="Latacunga: 8"),
        ev("e4", PROTESTS, "Peaceful protest", actor("Protesters (Ecuador)", "families", "relatives",
           "families of inmates"), None, "2021-02-23", None, TURI, None, optional=True,
           note="families gathering outside prisons demanding news (Turi and Guayaquil)"),
    ])
for i in range(3):
    SET.accept(i, [BATTLES, RIOTS, VAC], [CLASH, VIOLENT, MOB, ATTACK])

# 14. Vila Cruzeiro, wire, 2022-05-25
P = "2022-05-25"
doc("brazil-vila-cruzeiro-raid-wire-2022-05-25", P, "Atlantic South Wire",
    "Toll from Rio police raid on Vila Cruzeiro favela rises to 23", "wire",
    """RIO DE JANEIRO, May 25 (Atlantic South Wire) - At least 23 people were killed during a police raid on the Vila Cruzeiro favela in northern Rio de Janeiro, state health officials said on Wednesday, making it one of the deadliest operations in the city's history.

Officers of the military police's special operations battalion, BOPE, backed by federal highway police, moved into the hillside community in the Penha district before dawn on Tuesday to arrest leaders of the Comando Vermelho gang who they said were hiding there and planning to invade rival territory. Police said they came under heavy fire as they advanced and that most of the dead were suspects; they seized 13 rifles, four pistols and grenades.

The toll climbed through the day on Tuesday, from 11 in the morning to 21 by the evening, as bodies were brought to the Getulio Vargas hospital. Among the dead was Gabrielle Ferreira da Cunha, 41, a resident who was hit by a stray bullet at her home in the neighbouring community of Chatuba, her family said. No police officers were killed.

Residents complained of hours of gunfire and said schools and clinics had to close. Human rights groups and the public defender's office said they would investigate whether some of the victims had been executed, and the UN human rights office called for an independent inquiry.

Governor Claudio Castro defended the operation, saying the police had been received with gunfire and had prevented an attack on a rival area.
""",
    [
        ev("e1", BATTLES, CLASH, BRA_POLICE, CV, wd("2022-05-24", "Tuesday"), None, VILA_CRUZEIRO, (23, 23),
           note="11 -> 21 (Tuesday) -> 23 (Wednesday): the latest count of the same source; "
                "includes a resident killed by a stray bullet in Chatuba (same event)"),
    ])

# 15. Venezuela, live blog, 2024-07-30
P = "2024-07-30"
doc("venezuela-election-protests-liveblog-2024-07-30", P, "Caribbean Live Desk",
    "Live: protests against Maduro's disputed win spread across Venezuela", "live blog",
    """Venezuela after the vote - live updates

21:05 GMT - Attorney General Tarek William Saab says 749 people have been arrested in connection with what he calls acts of violence during Monday's protests, and that some will face terrorism charges. He also says a soldier was killed in Aragua state; we have no details yet.

19:30 GMT - The rights group Foro Penal now counts 11 people killed since Monday, up from the six it confirmed this morning. Most were shot in Caracas, Aragua, Yaracuy and Zulia, the group says. It blames security forces and armed pro-government groups known as colectivos.

17:40 GMT - Opposition leader Maria Corina Machado addresses thousands of supporters in eastern Caracas and calls for a peaceful fight. The rally ends without incident, according to our correspondent.

15:15 GMT - Catch-up on Monday: crowds from the hillside neighbourhoods of Petare and other poor districts marched towards the presidential palace, Miraflores, banging pots; National Guard troops fired tear gas and rubber bullets to stop them, and gunfire was heard near the palace. In Falcon state, protesters pulled down a statue of former president Hugo Chavez, and regional offices of the ruling party were set on fire in several cities.

14:00 GMT - Electoral authorities have still not published the polling-station results behind Sunday's declaration that President Nicolas Maduro won with 51 percent. The opposition says its own tallies show its candidate, Edmundo Gonzalez, won by a wide margin.
""",
    [
        ev("e1", PROTESTS, EXCESSIVE, VEN_PROT, VEN_SEC, wd("2024-07-29", "Monday"), None, CARACAS, None,
           note="Monday's march on Miraflores met with tear gas, rubber bullets, gunfire. The Foro Penal toll (6 -> 11) "
                "is nationwide and Caracas' share unknown: unscored. Accepts "
                "Protest with intervention"),
        ev("e2", RIOTS, VIOLENT, VEN_PROT, actor("Hugo Chavez", "statue", "PSUV", "ruling party"),
           "2024-07-29", None, FALCON, None, note="Chavez statue toppled in Falcon; accepts property destruction"),
        ev("e3", RIOTS, VIOLENT, VEN_PROT, actor("PSUV", "ruling party", "United Socialist Party of Venezuela"),
           "2024-07-29", None, VENEZUELA, None, optional=True,
           note="party offices set on fire 'in several cities' (unnamed)"),
        ev("e4", STRAT, ARRESTS, VEN_SEC, VEN_PROT, "2024-07-29", P, VENEZUELA, None,
           note="749 arrested nationwide"),
        ev("e5", PROTESTS, "Peaceful protest", actor("Maria Corina Machado", "opposition supporters", "supporters",
           "Protesters (Venezuela)"), None, wd(P, "Tuesday"), None, CARACAS, None,
           note="Machado's rally in eastern Caracas, ended without incident"),
        ev("e6", BATTLES, CLASH, VEN_PROT, VEN_SEC, "2024-07-29", P,
           place(["Aragua", "Aragua state"], "VEN"), (1, 1), optional=True,
           note="soldier killed in Aragua, 'no details'"),
    ])
SET.accept(0, [PROTESTS], [EXCESSIVE, INTERVENTION])
SET.accept(1, [RIOTS, STRAT], [VIOLENT, LOOT])
SET.accept(5, [BATTLES, RIOTS, VAC], [CLASH, VIOLENT, ATTACK])

# 16. Negative: Philippine politics, 2024-11-24
P = "2024-11-24"
doc("philippines-duterte-threat-politics-2024-11-24", P, "Manila Politics Weekly",
    "Sara Duterte's 'assassin' remark deepens feud with Marcos", "politics (negative)",
    """MANILA - Vice President Sara Duterte's claim that she had arranged for President Ferdinand Marcos Jr to be killed if she herself were assassinated has turned a long-running political feud into a national security matter.

In a profanity-laced online news conference in the early hours of Saturday, Duterte said she had spoken to a person and told them to kill Marcos, his wife Liza Araneta-Marcos and House Speaker Martin Romualdez if anything happened to her, adding that she was "not joking". The Presidential Security Command said it had stepped up protection and was treating the remark as an active threat, and the justice department said it would summon her to explain.

On Sunday Duterte said her words had been taken out of context, that it was not a threat but an expression of concern for her own safety, and accused the administration of a coordinated attack on her family. Her allies in the Senate called the reaction a political assault ahead of next year's midterm elections.

The rift between the two families, allies in the 2022 election, has widened through months of House hearings into her use of confidential funds. Analysts said the fallout could blast apart what remains of the alliance. Marcos, speaking to reporters, said any plot against a president should not be taken lightly but urged calm.

No arrests have been made, and police said there was no indication of any plan being carried out.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, reports=16)

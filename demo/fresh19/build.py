"""Write demo/fresh19/docs.jsonl and demo/fresh19/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh19/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (main incidents 2020-2025; background 2004-2025) in Chad, Benin, Togo,
Burundi, South Sudan, Madagascar, Tanzania, Cameroon, Senegal, Tunisia, Egypt, Bahrain/Saudi Arabia and the
Central African Republic, in our own words, written as of their `published` date, from facts in public
reporting, simplified where unsure. Outlets are fictional with `.example` URLs; quotations are paraphrases.
Not a factual reference. Gold follows shared/contract/README.md and the "Gold conventions" of
demo/README.md; every weekday relied on is asserted with `datetime`, and the kit's checks validate
taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AIR, ATTACK, BATTLES, CLASH, EXCESSIVE, INTERVENTION, MISSILE, MOB, OTHER,  # noqa: E402
                      PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT, LOOT, OVERTAKE, ARRESTS,
                      GRENADE)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"TCD": "Chad", "BEN": "Benin", "TGO": "Togo", "BDI": "Burundi", "SSD": "South Sudan",
           "MDG": "Madagascar", "TZA": "Tanzania", "CMR": "Cameroon", "SEN": "Senegal", "TUN": "Tunisia",
           "EGY": "Egypt", "SAU": "Saudi Arabia", "CAF": "Central African Republic", "COD": "DR Congo",
           "BHR": "Bahrain", "RWA": "Rwanda"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "demonstrators", "Protesters", "youths",
                 "young people", *extra)


def rioters(code: str, *extra):
    return actor(f"Rioters ({COUNTRY[code]})", "rioters", "protesters", "looters", "crowds", "youths",
                 "demonstrators", *extra)


def police(code: str, *extra):
    return actor(f"Police Forces of {COUNTRY[code]}", "police", "security forces", "police officers",
                 "riot police", *extra, code=code)


def army(code: str, *extra):
    return actor(f"Military Forces of {COUNTRY[code]}", "army", "soldiers", "troops", "military",
                 "armed forces", "security forces", *extra, code=code)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men", "terrorists")

# ---- actors ------------------------------------------------------------------------------------------
TCD_SF = actor("Police Forces of Chad", "Military Forces of Chad", "security forces", "police", "soldiers",
               "Chadian security forces", "army", "gendarmes", code="TCD")
TCD_PROT = protesters("TCD", "Les Transformateurs", "Transformateurs", "opposition supporters",
                      "Rioters (Chad)", "rioters")
FACT = actor("FACT", "Front for Change and Concord in Chad", "rebels", "Front pour l'alternance et la concorde au Tchad")
JNIM = actor("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "Group for the Support of Islam and Muslims",
             "GSIM", "Al Qaeda", "al-Qaeda", "jihadists", "militants", "attackers", "JNIM: Jama'a Nusrat al-Islam wal-Muslimin")
BEN = army("BEN", "Military Forces of Benin (2016-)", "Beninese soldiers", "Benin army", "Beninese army",
           "Operation Mirador")
TGO = army("TGO", "Military Forces of Togo (2005-)", "Togolese army", "Togolese soldiers", "Togolese Armed Forces")
TGO_UNID = actor("unidentified armed group", "Unidentified Armed Group", "armed individuals", "gunmen",
                 "attackers", "terrorists", "jihadists", "militants", "assailants", "JNIM")
RED = actor("RED-Tabara", "RED Tabara", "Resistance for the Rule of Law in Burundi", "Resistance for the Rule of Law",
            "Burundian rebels", "rebels", "attackers", "assailants", "RED-Tabara: Resistance for the Rule of Law-Tabara")
BDI_CIV = civ("BDI", "children", "women", "villagers")
BDI = actor("Military Forces of Burundi", "Police Forces of Burundi", "Burundian army", "soldiers", "police",
            "border post", "Burundi National Defence Force", code="BDI")
FNL = actor("FNL", "National Forces of Liberation", "Forces nationales de liberation", "Hutu rebels", "rebels",
            "Palipehutu-FNL")
BANYAMULENGE = actor("Civilians (DR Congo)", "Civilians (Burundi)", "refugees", "Congolese refugees",
                     "Banyamulenge refugees", "Banyamulenge", "civilians", "Civilians")
SSD_AIR = either(actor("Military Forces of South Sudan", "South Sudan People's Defence Forces", "SSPDF",
                       "South Sudanese army", "army", "government forces", "government aircraft",
                       "South Sudan air force", code="SSD"), UNID, actor("unidentified drone", "drone", "aircraft"))
SSD_GOV = actor("Government of South Sudan", "Military Forces of South Sudan", "Police Forces of South Sudan",
                "security forces", "South Sudanese authorities", "SSPDF", "Salva Kiir", "government", code="SSD")
MACHAR = actor("Riek Machar", "SPLM-IO", "SPLA-IO", "Sudan People's Liberation Movement-in-Opposition",
               "first vice president", "Machar")
SSD_CIV = civ("SSD", "patients", "MSF", "Medecins Sans Frontieres", "Doctors Without Borders", "hospital",
              "market", "traders")
MDG_PROT = protesters("MDG", "Gen Z Madagascar", "Gen Z", "Gen Z protesters", "students")
MDG_RIOT = rioters("MDG", "Gen Z Madagascar", "Gen Z")
MDG_POL = police("MDG", "Police Forces of Madagascar (2019-)", "gendarmes", "gendarmerie", "Gendarmerie")
CAPSAT = actor("CAPSAT", "Military Forces of Madagascar", "soldiers", "army unit", "mutinous soldiers",
               "Corps of Administrative, Technical and Personnel Services", "Military Forces of Madagascar (2019-)",
               "troops", "Mutiny of Military Forces of Madagascar")
MDG_GEND = actor("Gendarmerie Nationale", "gendarmes", "gendarmerie", "Police Forces of Madagascar",
                 "Military Forces of Madagascar", "security forces", code="MDG")
TZA_PROT = protesters("TZA", "Chadema", "Chadema supporters", "opposition supporters", "Rioters (Tanzania)",
                      "rioters")
TZA_POL = police("TZA", "Police Forces of Tanzania (2021-)", "Military Forces of Tanzania", "army", "soldiers",
                 "Tanzania Police Force")
LISSU = actor("Tundu Lissu", "Lissu", "Chadema", "Chadema leader", "opposition leader")
BH = actor("Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS", "jihadists", "jihadist",
           "Islamic State West Africa Province", "ISWAP", "militants", "kamikaze", "suicide bomber", "attackers",
           "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")
CMR_IDP = civ("CMR", "displaced people", "displaced persons", "IDPs", "internally displaced people",
              "displaced", "Civilians (Cameroon)")
SEN_PROT = either(protesters("SEN", "Pastef", "Sonko supporters", "supporters of Ousmane Sonko", "students"),
                  rioters("SEN", "Pastef", "Sonko supporters"))
SEN_POL = police("SEN", "Police Forces of Senegal (2012-)", "gendarmes", "gendarmerie", "Military Forces of Senegal")
TUN_GUNMAN = actor("unidentified armed group", "gunman", "attacker", "assailant", "National Guard member",
                   "naval guard", "guard", "Military Forces of Tunisia", "Police Forces of Tunisia",
                   "Unidentified Armed Group (Tunisia)", "Rogue Military Forces of Tunisia")
TUN_SF = actor("Police Forces of Tunisia", "Military Forces of Tunisia", "National Guard", "colleague",
               "security forces", "security officers", "security units", "naval guard", code="TUN")
TUN_MIXED = either(TUN_SF, civ("TUN", "visitors", "pilgrims", "worshippers", "Jewish pilgrims"))
ISSP = actor("Islamic State (Sinai Province)", "Islamic State Sinai Province", "Sinai Province", "Islamic State",
             "IS", "ISIS", "Wilayat Sinai", "militants", "terrorists", "takfiri elements", "attackers", "jihadists")
EGY = army("EGY", "Military Forces of Egypt (2014-)", "Egyptian army", "Egyptian soldiers", "Egyptian military",
           "officer")
HOUTHI = actor("Houthis", "Ansar Allah", "Houthi movement", "Houthi rebels", "Houthi forces",
               "Military Forces of Yemen (Houthi)", "Yemen's Houthis", "Ansarallah")
BHR = army("BHR", "Military Forces of Bahrain", "Bahrain Defence Force", "BDF", "Bahraini soldiers",
           "Bahraini troops", "Military Forces of Bahrain (1999-)", "Saudi-led coalition", "coalition")
ARAMCO = actor("Saudi Aramco", "Aramco", "Civilians (Saudi Arabia)", "fuel depot", "oil facility",
               "Military Forces of Saudi Arabia", "Saudi Arabia")
COALITION = actor("Saudi-led coalition", "coalition", "Military Forces of Saudi Arabia", "Saudi Arabia",
                  "Arab coalition", "Coalition to Restore Legitimacy in Yemen", code="SAU")
CPC = actor("CPC", "Coalition of Patriots for Change", "Coalition des patriotes pour le changement", "rebels",
            "rebel coalition", "armed groups", "Francois Bozize", "attackers")
CAF_GOV = actor("Military Forces of the Central African Republic", "FACA", "Central African army",
                "MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
                "UN peacekeepers", "peacekeepers", "Rwandan peacekeepers", "Rwandan troops", "Russian instructors",
                "government forces", "troops", "security forces", code="CAF")
MINUSCA = actor("MINUSCA", "UN peacekeepers", "peacekeepers", "Burundian peacekeepers",
                "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
                "United Nations", "UN")

# ---- places ------------------------------------------------------------------------------------------
NDJAMENA = place(["N'Djamena", "Ndjamena", "N'Djamena region"], "TCD", 12.1348, 15.0557)
MOUNDOU = place(["Moundou", "Logone Occidental"], "TCD", 8.5667, 16.0833)
CHAD = place(["Chad"], "TCD")
KANEM = place(["Kanem", "northern Chad", "Chad", "north of the country"], "TCD")
W_PARK = place(["W National Park", "W Park", "Park W", "Parc W", "Alibori", "northern Benin", "Benin"], "BEN")
PORGA = place(["Porga", "Atacora", "Materi"], "BEN", 11.0440, 0.9640)
KPINK = place(["Kpinkankandi", "Kpendjal", "Kpendjal prefecture", "Savanes", "Savanes region"], "TGO")
SANLOAGA = place(["Sanloaga", "Kpendjal", "Kpendjal prefecture", "Savanes", "Savanes region"], "TGO")
GATUMBA = place(["Gatumba", "Vugizo", "Mutimbuzi", "Bujumbura Rural", "Bujumbura Rural province"], "BDI",
                -3.3347, 29.2467)
BUJ_AIRPORT = place(["Bujumbura", "Bujumbura International Airport", "Melchior Ndadaye International Airport",
                     "Bujumbura airport"], "BDI", -3.3240, 29.3185)
OLD_FANGAK = place(["Old Fangak", "Fangak", "Fangak county", "Jonglei", "Jonglei state"], "SSD", 9.0700, 30.8800)
JUBA = place(["Juba", "Central Equatoria"], "SSD", 4.8594, 31.5713)
TANA = place(["Antananarivo", "Tana", "Analamanga"], "MDG", -18.8792, 47.5079)
TANA_13MAI = place(["Antananarivo", "Place du 13 Mai", "13 May Square", "May 13 Square", "Analakely", "Tana"], "MDG",
                   -18.9100, 47.5250)
TANA_SOANIERANA = place(["Antananarivo", "Soanierana", "Tana"], "MDG", -18.9250, 47.5200)
MADAGASCAR = place(["Madagascar", "Antananarivo"], "MDG")
DAR = place(["Dar es Salaam", "Dar", "Kimara", "Ubungo", "Mbezi"], "TZA", -6.7924, 39.2083)
ARUSHA = place(["Arusha"], "TZA", -3.3869, 36.6830)
MWANZA = place(["Mwanza"], "TZA", -2.5164, 32.9175)
TANZANIA = place(["Tanzania", "Dar es Salaam", "Shinyanga", "Morogoro"], "TZA")
MBINGA = place(["Mbinga", "Ruvuma", "Ruvuma region"], "TZA", -10.9333, 35.0167)
NGUETECHEWE = place(["Nguetechewe", "Nguetchewe", "Mozogo", "Mayo-Tsanaga", "Far North", "Far North region",
                     "Extreme-Nord"], "CMR")
DAKAR = place(["Dakar", "Cheikh Anta Diop University", "Dakar region"], "SEN", 14.7167, -17.4677)
ZIGUINCHOR = place(["Ziguinchor", "Casamance", "Ziguinchor region"], "SEN", 12.5833, -16.2719)
SENEGAL = place(["Senegal"], "SEN")
AGHIR = place(["Aghir", "Djerba", "Medenine", "naval centre"], "TUN", 33.7700, 11.0300)
GHRIBA = place(["Ghriba", "El Ghriba synagogue", "Ghriba synagogue", "Erriadh", "Hara Sghira", "Djerba", "Medenine"],
               "TUN", 33.8140, 10.8590)
W_SINAI = place(["western Sinai", "Sinai", "Sinai Peninsula", "east of the Suez Canal", "Suez Canal", "Ismailia"],
                "EGY")
N_SINAI = place(["North Sinai", "Sinai", "Sinai Peninsula"], "EGY")
BIR_ABD = place(["Bir al-Abd", "Bir el-Abd", "North Sinai", "Sinai"], "EGY", 31.0167, 33.0000)
SAU_BORDER = place(["Saudi Arabia", "southern border", "Saudi-Yemeni border", "Saudi-Yemen border",
                    "southern Saudi Arabia", "Jizan", "Najran"], "SAU")
SANAA = place(["Sanaa", "Sana'a", "Sanaa governorate"], "YEM", 15.3694, 44.1910)
HODEIDAH = place(["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeidah port"], "YEM", 14.7978, 42.9545)
JEDDAH = place(["Jeddah", "Jeddah North Bulk Plant", "Aramco fuel depot", "Makkah"], "SAU", 21.5433, 39.1728)
PK12 = place(["PK12", "PK 12", "Bangui", "Begoua", "Ombella-M'Poko"], "CAF", 4.4380, 18.5480)
PK9 = place(["PK9", "PK 9", "Bimbo", "Bangui", "Ombella-M'Poko"], "CAF", 4.2567, 18.4158)
BANGUI = place(["Bangui", "outskirts of Bangui"], "CAF", 4.3947, 18.5582)
BANGASSOU = place(["Bangassou", "Mbomou"], "CAF", 4.7413, 22.8184)
DEKOA = place(["Dekoa", "Kemo", "Kemo prefecture"], "CAF", 6.3167, 19.0667)

# ==== 1. Chad, 20 October 2022 ==========================================================================
P1 = wd("2022-10-21", "Friday")
doc("chad-ndjamena-protests-wire-2022-10-21", P1, "Sahel Dispatch",
    "About 50 killed as Chad security forces open fire on protesters",
    "wire",
    """N'DJAMENA, Oct 21 (Sahel Dispatch) - About 50 people were killed in Chad on Thursday when security forces opened fire on demonstrators protesting against the extension of military rule, Prime Minister Saleh Kebzabo said, in the bloodiest day of unrest since the army took power last year.

Kebzabo told reporters that roughly a dozen of the dead were members of the security forces and that more than 300 people were wounded. He gave no breakdown by city. Most of the deaths were in the capital N'Djamena and in Moundou, the main city of the south, witnesses and hospital staff said. Rights groups said the real toll was probably higher.

The protests had been called by opposition parties and civil society groups, among them Les Transformateurs of Succes Masra, for the day on which transitional President Mahamat Idriss Deby was originally due to hand power to civilians. Early this month a national dialogue extended the transition by two years and allowed him to stand in the next election.

In N'Djamena, crowds of young people burned tyres and put up barricades in several districts from dawn. Police fired tear gas and then live rounds, according to residents. Protesters set fire to the headquarters of Kebzabo's own party, the UNDR, the party said. In Moundou, witnesses described security forces shooting at demonstrators in the streets.

The prime minister called the demonstrations an attempted insurrection organised with foreign support and said those responsible would face justice. The government imposed a dusk-to-dawn curfew in N'Djamena, Moundou, Doba and Koumra and suspended the activities of seven opposition parties, including Les Transformateurs, for three months. Masra said he was in hiding and called the shootings a massacre.

Mahamat Deby, a four-star general, took over in April last year after his father, Idriss Deby, was killed while visiting troops fighting FACT rebels in the north of the country. The African Union and France had urged a short transition.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TCD_PROT, TCD_SF, wd("2022-10-20", "Thursday"), None, NDJAMENA, None, note="N'Djamena shootings; the ~50 covers the whole country (e3), no split"),
        ev("e2", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TCD_PROT, TCD_SF, "2022-10-20", None, MOUNDOU, None,
           note="Moundou shootings; toll only national"),
        ev("e3", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TCD_PROT, TCD_SF, "2022-10-20", None, CHAD, (50, 50),
           optional=True, note="nationwide aggregate 'about 50' incl. ~a dozen security forces"),
        ev("e4", [RIOTS, STRAT], [VIOLENT, LOOT], TCD_PROT, actor("UNDR", "National Union for Development and Renewal",
           "party headquarters", "Saleh Kebzabo"), "2022-10-20", None, NDJAMENA, None, optional=True,
           note="arson of the UNDR headquarters, a component of the N'Djamena day"),
        ev("e5", BATTLES, CLASH, FACT, army("TCD", "Idriss Deby"), "2021-04-01", "2021-04-30", KANEM, None,
           optional=True, note="background: Idriss Deby killed 'in April last year' visiting troops; place vague"),
    ])

# ==== 2. Benin, W National Park, 17 April 2025 ==========================================================
P2 = wd("2025-04-23", "Wednesday")
doc("benin-w-park-attack-2025-04-23", P2, "Gulf of Guinea Wire",
    "Benin says 54 soldiers killed in jihadist attack in W National Park",
    "wire",
    """COTONOU, April 23 (Gulf of Guinea Wire) - Fifty-four Beninese soldiers were killed when jihadists attacked two army positions in the W National Park in the far north of the country on Thursday, April 17, the government said, the heaviest loss the army has suffered since the violence spread south from the Sahel.

Government spokesman Wilfried Houngbedji gave the figure on Tuesday after days of silence that had fed speculation about the scale of the losses. He said the attackers had also suffered heavy casualties but did not give a number. The army had earlier acknowledged only that its positions had come under attack.

Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's affiliate in the Sahel, said on Saturday that its fighters had overrun the positions and killed 70 soldiers. It published pictures of weapons and ammunition it said were taken from the troops. The claim could not be verified.

The park straddles the borders of Benin, Niger and Burkina Faso and has become a refuge for fighters moving out of Burkina Faso. Benin launched Operation Mirador in early 2022 and has deployed several thousand troops along its northern frontier.

Benin's first soldiers to die in a jihadist attack were killed in December 2021, when two soldiers were killed in an attack on an army position near Porga, in Atacora department close to the border with Burkina Faso. Attacks on army posts, police stations and park rangers have grown steadily since.

Houngbedji said the government would recruit more soldiers and reinforce the northern positions, and he rejected criticism from opposition figures who said the army had been left exposed. Relations with the military-led governments of Niger and Burkina Faso remain strained, hampering cooperation along the frontier.
""",
    [
        ev("e1", BATTLES, CLASH, JNIM, BEN, wd("2025-04-17", "Thursday"), None, W_PARK, (54, 70),
           note="two positions, not named, one place (the park); government 54, JNIM claims 70"),
        ev("e2", BATTLES, CLASH, either(UNID, JNIM), BEN, "2021-12-01", "2021-12-31", PORGA, (2, 2),
           note="background: 'in December 2021', two soldiers near Porga"),
    ])

# ==== 3. Togo, Kpinkankandi, 10-11 May 2022 ==============================================================
P3 = wd("2022-05-12", "Thursday")
doc("togo-kpinkankandi-brief-2022-05-12", P3, "Savanes Newswire",
    "Eight Togolese soldiers killed in first deadly attack in north",
    "wire brief",
    """LOME, May 12 (Savanes Newswire) - Eight Togolese soldiers were killed and 13 wounded when armed individuals attacked an army post at Kpinkankandi, in the Kpendjal prefecture of the northern Savanes region, in the night from Tuesday to Wednesday, the government said. It was the first deadly attack of its kind in the country.

The post lies a few kilometres from the border with Burkina Faso. The government did not say who carried out the assault or whether any attackers were killed.

In November, soldiers repelled an attack on a position near Sanloaga, also in Kpendjal, without suffering any casualties, the army said at the time.
""",
    [
        ev("e1", BATTLES, CLASH, TGO_UNID, TGO, wd("2022-05-10", "Tuesday"), wd("2022-05-11", "Wednesday"), KPINK,
           (8, 8), note="'night from Tuesday to Wednesday': two-day range"),
        ev("e2", BATTLES, CLASH, TGO_UNID, TGO, "2021-11-01", "2021-11-30", SANLOAGA, (0, 0),
           note="background 'in November' (2021), repelled, no casualties"),
    ])

# ==== 4. Burundi, Gatumba, 22 December 2023 (long-form) ================================================
P4 = wd("2023-12-30", "Saturday")
doc("burundi-gatumba-analysis-2023-12-30", P4, "Great Lakes Review",
    "After Gatumba killings, Burundi points at Rwanda and old wounds reopen",
    "long-form analysis",
    """The attack came after dark on December 22, a Friday, in Vugizo, a neighbourhood of Gatumba a few hundred metres from the Congolese border west of Bujumbura. Armed men went from house to house and opened fire. By morning, the government said, twenty people were dead, among them twelve children, three women and a police officer, and nine others were wounded.

RED-Tabara, the best known of Burundi's rebel groups, which operates from bases in South Kivu across the border, said on social media that it had carried out the attack. It said it had targeted a border post and had killed nine soldiers and a police officer, and it denied harming civilians. Neither account could be checked; journalists were kept away from Vugizo for two days.

A week later, on Friday, President Evariste Ndayishimiye went further than any Burundian official had gone in years. In a public address, he accused Rwanda of financing, training and sheltering RED-Tabara, and said Burundi would not accept a neighbour harbouring the killers of its children. Kigali answered the same evening: a government spokeswoman said Rwanda had no links to any Burundian armed group and called the accusation baseless.

The charge lands on an old fault line. Burundi and Rwanda restored relations only cautiously after the crisis of 2015, when Bujumbura accused Kigali of backing the failed coup against Pierre Nkurunziza and of giving refuge to the plotters, some of whom later founded RED-Tabara. Ndayishimiye has since sent troops into eastern Congo, where they fight alongside the Congolese army against the M23, a group that Kinshasa and UN experts say is supported by Rwanda.

RED-Tabara has struck inside Burundi before. In September 2021 it said it was behind mortar rounds fired at Bujumbura's international airport; the shells fell near the runway and no one was hurt, the authorities said. Since then it has mostly fought in the hills of South Kivu.

Gatumba also carries the memory of one of the region's worst massacres. On 13 August 2004, fighters of the FNL, then a Hutu rebel movement, attacked a UN transit camp in Gatumba and killed about 160 Congolese refugees, most of them Banyamulenge Tutsi, burning many in their tents. The FNL later became a political party; nobody was ever tried.

What happens next is unclear. Diplomats in Bujumbura fear the accusations could lead to border closures and a new proxy contest in South Kivu, where Burundian soldiers, Congolese troops, local militias and the M23 are already crowded into the same valleys. Families in Vugizo said they buried their dead on Christmas Eve and that many neighbours had since moved to relatives in the capital.
""",
    [
        ev("e1", [VAC, BATTLES], [ATTACK, CLASH], either(RED, UNID), either(BDI_CIV, BDI), wd("2023-12-22", "Friday"),
           None, GATUMBA, (20, 20), note="government 20 (12 children, 3 women, a police officer); RED-Tabara claims 9 soldiers and a policeman, denies civilians"),
        ev("e2", REMOTE, MISSILE, RED, actor("Bujumbura International Airport", "airport", "Government of Burundi",
           "Military Forces of Burundi", "Civilians (Burundi)"), "2021-09-01", "2021-09-30", BUJ_AIRPORT, (0, 0),
           note="background: mortar rounds on the airport, 'no one was hurt'"),
        ev("e3", VAC, ATTACK, FNL, BANYAMULENGE, "2004-08-13", None, GATUMBA, (160, 160),
           note="background: Gatumba camp massacre, 'about 160'"),
        ev("e4", [STRAT, BATTLES], [OTHER, CLASH], actor("Mutiny of Military Forces of Burundi", "coup plotters",
           "putschists", "mutineers"), actor("Government of Burundi", "Pierre Nkurunziza", "Military Forces of Burundi",
           code="BDI"), "2015-05-01", "2015-05-31",
           place(["Burundi", "Bujumbura"], "BDI"), None, optional=True,
           note="failed coup of 2015 recalled without a day ('the crisis of 2015'); optional"),
    ])

# ==== 5. South Sudan, Old Fangak, 3 May 2025 ============================================================
P5 = wd("2025-05-04", "Sunday")
doc("south-sudan-old-fangak-wire-2025-05-04", P5, "Nile Basin Wire",
    "Bombing hits MSF hospital in South Sudan, drone attack kills seven",
    "wire",
    """JUBA, May 4 (Nile Basin Wire) - An aerial bombardment struck a hospital run by Medecins Sans Frontieres in Old Fangak, in South Sudan's Jonglei state, early on Saturday, destroying its pharmacy, and a drone then opened fire on the town's market, killing seven people and wounding about 20, the medical charity said.

MSF said the hospital was bombed at around 4:30 a.m. and that all its medical supplies were lost. Patients and staff fled into the surrounding swamp. The charity, which is the only provider of secondary health care for some 110,000 people in the area, said the strike was a deliberate attack on a clearly identified medical facility and called on all parties to respect hospitals.

MSF did not say who carried out the bombing. Only the government's forces operate military aircraft in the country. Army spokesman Lul Ruai Koang said the military was targeting positions of opposition forces and the armed youth known as the White Army in parts of Jonglei and Upper Nile, and urged civilians to move away from those areas. He denied that the army targeted hospitals.

Fighting between the army and groups aligned with First Vice President Riek Machar has spread since March. Machar himself has been under house arrest in Juba since March 26, when armed security personnel led by senior officials entered his residence and disarmed his guards. The government accuses him of stirring up the unrest; his party says the arrest has torn up the 2018 peace agreement.

The United Nations mission in South Sudan said it was alarmed by the escalation and by the growing number of civilians caught in the fighting. Aid agencies say tens of thousands of people have fled their homes in Upper Nile and Jonglei in the past two months.
""",
    [
        ev("e1", REMOTE, AIR, SSD_AIR, SSD_CIV, wd("2025-05-03", "Saturday"), None, OLD_FANGAK, (7, 7),
           note="bombing of the hospital and drone fire on the market, one place and day: one event; actor disputed (not named, army only operator)"),
        ev("e2", STRAT, ARRESTS, SSD_GOV, MACHAR, wd("2025-03-26", "Wednesday"), None, JUBA, None,
           note="background: Machar under house arrest since March 26"),
    ])

# ==== 6. Madagascar, 25 September 2025 ==================================================================
P6 = wd("2025-09-26", "Friday")
doc("madagascar-tana-protests-wire-2025-09-26", P6, "Indian Ocean Wire",
    "Curfew in Madagascar's capital after water protests turn to looting",
    "wire",
    """ANTANANARIVO, Sept 26 (Indian Ocean Wire) - Authorities imposed a dusk-to-dawn curfew on Madagascar's capital on Thursday night after police fired tear gas and rubber bullets to break up thousands of mostly young protesters angry at constant water and power cuts, and crowds went on to loot shops and set fire to buildings.

The march, called on social media by a movement calling itself Gen Z Madagascar, was banned by the city authorities. Students and young people tried to reach the centre of Antananarivo from several directions on Thursday morning and were pushed back by police, who also detained some of the organisers, witnesses said.

By the afternoon, groups of youths were looting supermarkets, electronics stores and banks in several districts, and the homes of at least three members of parliament close to the ruling party were set on fire, along with stations of the city's new cable car. Smoke hung over parts of the city into the night.

A hospital source said several people had died of their injuries but there was no official toll. The interior ministry said it would publish figures once they had been checked and blamed what it called opportunists for the violence.

The presidency said in a statement that it understood the frustration over the cuts but that destroying property was unacceptable. The energy minister was expected to be questioned by lawmakers.

The Gen Z movement said it would march again on Friday and demanded an apology from the government and the resignation of the head of the state utility, Jirama. Demonstrations were also reported in other cities, including Antsiranana in the north.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, INTERVENTION, VIOLENT], either(MDG_PROT, MDG_RIOT), MDG_POL,
           wd("2025-09-25", "Thursday"), None, TANA, None,
           note="banned march broken up with tear gas and rubber bullets; 'several' dead, no figure"),
        ev("e2", [RIOTS, STRAT], [VIOLENT, MOB, LOOT], MDG_RIOT, civ("MDG", "shops", "supermarkets",
           "members of parliament", "lawmakers"), "2025-09-25", None, TANA, None, optional=True,
           note="looting and arson the same afternoon: component of the day's unrest"),
        ev("e3", PROTESTS, [PEACEFUL, INTERVENTION], MDG_PROT, None, "2025-09-25", None,
           place(["Antsiranana", "Diego Suarez", "Diana"], "MDG", -12.2787, 49.2917), None, optional=True,
           note="'demonstrations were also reported' in Antsiranana, undated in the sentence"),
    ])

# ==== 7. Madagascar, 11-12 October 2025 (live blog) =====================================================
P7 = wd("2025-10-12", "Sunday")
doc("madagascar-capsat-liveblog-2025-10-12", P7, "Indian Ocean Live",
    "Live: Madagascar soldiers join protesters, president's office warns of coup attempt",
    "live blog",
    """Sunday 12 October

14:10 GMT - President Andry Rajoelina's office says an attempt to seize power illegally and by force is under way and calls for dialogue. It does not say where the president is.

11:35 GMT - Officers of CAPSAT, the army unit whose soldiers joined the protesters yesterday, say in a video that from now on all orders to the armed forces, land, air and sea, will come from their headquarters in Soanierana. The armed forces minister says he accepts the unit's choice of a new army chief.

08:20 GMT - Several gendarmerie commanders say in a statement that their men will no longer obey orders to use force against demonstrators and apologise for what they call the mistakes of recent weeks.

Saturday 11 October

18:45 GMT - CAPSAT says one of its soldiers was killed and another wounded in an exchange of fire with gendarmes near their Soanierana barracks earlier in the afternoon. The gendarmerie has not commented.

14:30 GMT - Thousands of protesters, escorted by soldiers of CAPSAT in armoured vehicles, reach the Place du 13 Mai in the centre of Antananarivo, the square where past uprisings were won. Crowds cheer the soldiers. It is the first time the demonstrators have got into the square since their protests began.

10:15 GMT - Gendarmes fire tear gas at protesters trying to march towards the centre from the south of the city. Soldiers at the CAPSAT barracks tell the gendarmes to stop and say they will refuse any order to shoot at the crowd.

Background - The Gen Z protests began on 25 September over water and power cuts. The United Nations says at least 22 people were killed and more than 100 wounded in the first days, some by security forces and some in the looting and violence that followed. The government disputes that figure. Rajoelina sacked his government on 29 September.
""",
    [
        ev("e1", PROTESTS, [PEACEFUL, INTERVENTION], MDG_PROT, None, wd("2025-10-11", "Saturday"), None, TANA_13MAI,
           None, note="march into the Place du 13 Mai escorted by CAPSAT; no violence in that entry"),
        ev("e2", PROTESTS, [INTERVENTION, EXCESSIVE], MDG_PROT, MDG_GEND, "2025-10-11", None, TANA, None,
           optional=True, note="morning tear gas in the south of the city, same day and city as e1: optional part of it"),
        ev("e3", BATTLES, CLASH, CAPSAT, MDG_GEND, "2025-10-11", None, TANA_SOANIERANA, (1, 1),
           note="exchange of fire near the barracks: one soldier killed"),
        ev("e4", STRAT, OTHER, CAPSAT, actor("Military Forces of Madagascar", "armed forces", "Andry Rajoelina",
           "Government of Madagascar", code="MDG"), "2025-10-12", None, TANA_SOANIERANA, None, optional=True,
           note="CAPSAT claims command of the armed forces (no violence): mutiny / change of command"),
        ev("e5", [PROTESTS, RIOTS], [EXCESSIVE, INTERVENTION, VIOLENT], either(MDG_PROT, MDG_RIOT), MDG_POL,
           "2025-09-25", None, TANA, None, same_as="madagascar-tana-protests-wire-2025-09-26/e1",
           note="recalled start of the protests on 25 September; the UN 22 covers 'the first days' (e6)"),
        ev("e6", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], either(MDG_PROT, MDG_RIOT), MDG_POL, "2025-09-25",
           "2025-10-01", MADAGASCAR, (22, 22), optional=True,
           note="UN aggregate 'at least 22' over the first days; several events"),
    ])

# ==== 8. Tanzania, election day 29 October 2025 =========================================================
P8 = wd("2025-10-31", "Friday")
doc("tanzania-election-unrest-2025-10-31", P8, "The Coastal Standard",
    "Tanzania: opposition says hundreds killed in election protests, government denies",
    "newspaper",
    """Tanzania's main opposition party said on Friday that about 700 people had been killed in three days of protests over this week's general election, a figure the government rejected as wildly exaggerated as the country remained under curfew and largely cut off from the internet.

Chadema spokesman John Kitoka said the party had counted the dead through its members in hospitals and health centres, most of them in Dar es Salaam and Mwanza. The UN human rights office in Geneva said it had credible reports of at least 10 people killed by security forces in Dar es Salaam, Shinyanga and Morogoro, and urged restraint. Neither figure could be verified.

The trouble began on Wednesday, election day, when crowds of young people took to the streets in several parts of Dar es Salaam, including Kimara and Ubungo, tearing down campaign posters of President Samia Suluhu Hassan. Police fired tear gas and live ammunition, witnesses said, and protesters set fire to a police station, buses and a petrol station. Protests were also reported on Wednesday in Arusha and in Mwanza, on Lake Victoria, where residents described gunfire through the afternoon. A curfew was declared in Dar es Salaam that evening.

On Thursday crowds again gathered in Dar es Salaam in defiance of the curfew and the army was deployed on the main roads. Government spokesman Gerson Msigwa said security forces had acted within the law against criminals bent on destruction and denied that they had used excessive force.

Hassan faced no serious challenger. Chadema was barred from the vote after refusing to sign an electoral code of conduct, and its leader, Tundu Lissu, has been in jail on treason charges since April, when police arrested him after a rally in Mbinga in the southern Ruvuma region. The candidate of the second opposition party, ACT-Wazalendo, was also disqualified.

Election officials were still counting on Friday. Diplomats in Dar es Salaam said they were receiving reports of house-to-house searches in some neighbourhoods.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TZA_PROT, TZA_POL, wd("2025-10-29", "Wednesday"), None, DAR,
           None, note="election-day protests in Dar es Salaam, live fire; tolls only aggregated (e5)"),
        ev("e2", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT, INTERVENTION], TZA_PROT, TZA_POL, "2025-10-29", None, ARUSHA,
           None, note="'protests were also reported on Wednesday in Arusha'"),
        ev("e3", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TZA_PROT, TZA_POL, "2025-10-29", None, MWANZA, None,
           note="Mwanza, gunfire"),
        ev("e4", [PROTESTS, RIOTS], [INTERVENTION, EXCESSIVE, VIOLENT], TZA_PROT, TZA_POL,
           wd("2025-10-30", "Thursday"), None, DAR, None, note="second day in Dar es Salaam, army deployed"),
        ev("e5", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], TZA_PROT, TZA_POL, "2025-10-29", "2025-10-31", TANZANIA,
           (10, 700), optional=True, note="aggregate: UN at least 10, Chadema about 700, over three days"),
        ev("e6", RIOTS, VIOLENT, TZA_PROT, actor("Police Forces of Tanzania", "police station", code="TZA"),
           "2025-10-29", None, DAR, None, optional=True, note="police station, buses burnt: part of e1"),
        ev("e7", STRAT, ARRESTS, TZA_POL, LISSU, "2025-04-01", "2025-04-30", MBINGA, None,
           note="background: Lissu arrested 'in April' after a rally in Mbinga"),
    ])

# ==== 9. Cameroon, Nguetechewe, 1-2 August 2020 (garbled) ===============================================
P9 = wd("2020-08-03", "Monday")
doc("cameroon-nguetechewe-garbled-2020-08-03", P9, "Africa Buzz Today",
    "Cameroon: 16 displaced people killed by Boko Haram kamikaze in Far North",
    "garbled machine-rewritten web copy",
    """At least 16 civilians peoples have been killed and seven others injured in an attack by the Boko Haram jihadists against a camp of displaced persons in the Far North region of Cameroon in the night of Saturday to Sunday, a local official has told to the media.

The assailants arrived in the camp of Nguetechewe, in the Mozogo district of the department of Mayo-Tsanaga near to the border of Nigeria, around the midnight when the residents was sleeping. A kamikaze which is a young man has blown himself in the middle of the displaced persons, said the mayor of Mozogo, Medjeweh Boucar, who say the toll of 16 dead do not count the kamikaze himself. Another source from security have said to the AFP that 17 dead are counted.

The displaced who live in Nguetechewe had fled the previous attacks of the jihadists in the villages of the area. "They have no where to go now", the mayor said, and many of them are leaving to Mozogo town on Sunday morning.

The Far North region of Cameroon is suffering since years the attacks of Boko Haram and of its splinter, ISWAP, which crossed the border from Nigeria. Amnesty International has said that the violence of Boko Haram in Cameroon increase strongly since end of last year, with many killing and kidnapping of civilians.

The Cameroon army did not give a comment on this attack for the moment.

Source link

Share this:
Facebook Twitter WhatsApp

Related Posts
- Far North: schools remain close because of insecurity
- Boko Haram: the Multinational Force launch new operation
""",
    [
        ev("e1", [REMOTE, VAC], [SUICIDE, ATTACK], BH, CMR_IDP, wd("2020-08-01", "Saturday"),
           wd("2020-08-02", "Sunday"), NGUETECHEWE, (17, 18),
           note="'night of Saturday to Sunday'; 16 victims (mayor, bomber not counted) or 17 (security source) + the bomber"),
    ])

# ==== 10. Senegal, 1 June 2023 ==========================================================================
P10 = wd("2023-06-02", "Friday")
doc("senegal-sonko-verdict-wire-2023-06-02", P10, "Atlantic Coast Wire",
    "Nine dead in Senegal as Sonko verdict sparks clashes",
    "wire",
    """DAKAR, June 2 (Atlantic Coast Wire) - Nine people were killed in clashes between security forces and supporters of Senegalese opposition leader Ousmane Sonko on Thursday after he was sentenced to two years in prison, Interior Minister Antoine Diome said on Friday.

Most of the violence took place in Dakar and in Ziguinchor, the southern city of which Sonko is mayor, the minister said, without giving a breakdown. He said the disorder was the work of occult forces, not genuine protest, and that the state would not give in.

A criminal court on Thursday acquitted Sonko of rape but convicted him in his absence of "corrupting youth", a verdict that his lawyers say would bar him from next year's presidential election. Within hours young people were fighting police with stones in several districts of the capital. Riot police fired tear gas at students at Cheikh Anta Diop University, where a building was set alight, and public buses were burned in the suburbs. In Ziguinchor, witnesses said protesters built barricades and security forces fired live rounds.

The government restricted access to social media platforms including Facebook, WhatsApp and Twitter, citing the spread of hateful messages. Sonko's Pastef party called for his supporters to keep up the pressure until President Macky Sall says he will not run for a third term.

Sonko has been confined to his home in Dakar since Sunday, when security forces stopped a convoy he was leading from the south to the capital and brought him back to the city. He did not attend his trial.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, wd("2023-06-01", "Thursday"), None, DAKAR,
           None, note="nine dead nationwide, no breakdown: per-place null (e3 aggregate)"),
        ev("e2", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, "2023-06-01", None, ZIGUINCHOR, None,
           note="Ziguinchor barricades, live rounds"),
        ev("e3", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, "2023-06-01", None, SENEGAL, (9, 9),
           optional=True, note="nationwide aggregate of nine"),
        ev("e4", STRAT, ARRESTS, SEN_POL, actor("Ousmane Sonko", "Sonko", "Pastef"), wd("2023-05-28", "Sunday"), None,
           place(["Senegal", "Dakar"], "SEN"), None, optional=True,
           note="convoy stopped 'since Sunday' and Sonko brought back to Dakar: confinement, place of stop not given"),
    ])

# ==== 11. Senegal, toll (garbled) ========================================================================
P11 = wd("2023-06-05", "Monday")
doc("senegal-unrest-toll-garbled-2023-06-05", P11, "Naija Senegal Viral",
    "Senegal unrest: death toll rise to 16 say govt, Amnesty talk 23",
    "garbled machine-rewritten web copy",
    """The death toll of the violences in Senegal since the condamnation of the opposant Ousmane Sonko on thursday has rise to 16 peoples, the government has say on sunday, while Amnesty International talk about 23 deads including children of 16 years and few members of security forces.

The troubles started on thursday june 1 in Dakar and in Ziguinchor just after the court has give Sonko two years of prison for "corrupting youth", and the first day was the more deadly with nine dead. On friday, it continue in Dakar, police fired gas tears and some witness say bullets real on young people who burn tyres in the districts of Medina and Colobane, and also in the banlieue. The government spokesman say that the army is now deployed to protect "strategic places" in the capital.

The minister of interior say also that more than 500 persons are arrested since thursday. The opposition say it is more than this and accuse "nervis" (men in civil clothes with arms) to shoot at the protesters beside the police.

This is the more bad violences in Senegal since march 2021 when Sonko was arrested the first time and at least 14 peoples died in the riots in whole country.

Source link
Leave a Comment

Share this:
Facebook Twitter WhatsApp
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, "2023-06-01", None, DAKAR, None,
           same_as="senegal-sonko-verdict-wire-2023-06-02/e1", note="recalled Thursday in Dakar; nine over the first day, both cities"),
        ev("e2", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, "2023-06-01", None, ZIGUINCHOR, None,
           same_as="senegal-sonko-verdict-wire-2023-06-02/e2", note="recalled Thursday in Ziguinchor"),
        ev("e3", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, either(SEN_POL, actor("nervis", "unidentified armed group", "men in civilian clothes")),
           wd("2023-06-02", "Friday"), None, DAKAR, None, note="Friday in Dakar: Medina, Colobane, suburbs"),
        ev("e4", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], SEN_PROT, SEN_POL, "2023-06-01", "2023-06-04", SENEGAL,
           (16, 23), optional=True, note="aggregate: government 16, Amnesty 23"),
        ev("e5", STRAT, ARRESTS, SEN_POL, SEN_PROT, "2023-06-01", "2023-06-04", SENEGAL, None, optional=True,
           note="'more than 500 arrested since Thursday', placeless"),
        ev("e6", RIOTS, VIOLENT, SEN_PROT, SEN_POL, "2021-03-01", "2021-03-31", SENEGAL, (14, 14), optional=True,
           note="background March 2021 nationwide riots, 'at least 14': aggregate without place"),
    ])

# ==== 12. Tunisia, Djerba, 9 May 2023 (ministry statement) ==============================================
P12 = wd("2023-05-10", "Wednesday")
doc("tunisia-djerba-ministry-2023-05-10", P12, "Carthage Official Digest",
    "Interior ministry: attacker killed after deadly shooting near Ghriba synagogue",
    "official statement paraphrase",
    """The Ministry of the Interior announced on Wednesday the following details of the events of Tuesday evening on the island of Djerba, in the governorate of Medenine.

At about 8 p.m. on Tuesday, 9 May 2023, a member of the National Guard assigned to the naval centre at Aghir killed a colleague with his service weapon and seized ammunition. He then made his way towards the area around the El Ghriba synagogue, where the annual pilgrimage was coming to an end.

On reaching the vicinity of the synagogue, the assailant opened fire at random on the security units deployed to protect the site. The units responded and killed him before he could reach the entrance of the synagogue.

In the exchange, two security officers were killed and two visitors lost their lives: a Tunisian national aged 30 and a French national aged 42. Four visitors and five members of the security forces were wounded and taken to hospital in Djerba and in Medenine. The ministry extends its condolences to the families of the victims and wishes the wounded a swift recovery.

The ministry states that the security forces prevented a far greater loss of life and that the worshippers and visitors inside the synagogue were secured and not harmed. The pilgrimage concluded under normal conditions.

A judicial investigation has been opened, and the counter-terrorism prosecutor has been informed, to establish the motives of the attacker and any accomplices. The ministry asks citizens to rely only on official sources for information and warns against the spreading of rumours.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], TUN_GUNMAN, TUN_SF, wd("2023-05-09", "Tuesday"), None, AGHIR, (1, 1),
           note="guard kills a colleague at the Aghir naval centre"),
        ev("e2", [VAC, BATTLES], [ATTACK, CLASH], TUN_GUNMAN, TUN_MIXED, "2023-05-09", None, GHRIBA, (5, 5),
           note="2 security officers + 2 visitors + the attacker shot dead"),
    ])

# ==== 13. Egypt, western Sinai, 7 May 2022, and the response ============================================
P13 = wd("2022-05-13", "Friday")
doc("egypt-sinai-pumping-station-2022-05-13", P13, "Delta Press Agency",
    "Egypt says 23 militants killed in Sinai after attack on water station",
    "wire",
    """CAIRO, May 13 (Delta Press Agency) - Egypt's armed forces said on Thursday that they had killed 23 militants in North Sinai in operations launched in response to last Saturday's attack on a water pumping station that killed 11 soldiers, in one of the deadliest assaults on the army in recent years.

Five soldiers, among them an officer, were killed in the latest fighting, army spokesman Gharib Abdel Hafez said in a statement on Facebook. He said troops had also destroyed hideouts and seized weapons, explosive belts and vehicles. He did not say where exactly the clashes took place or over how many days.

On Saturday, militants attacked a water lifting station in western Sinai, just east of the Suez Canal, killing an officer and 10 soldiers and wounding five, the army said at the time. The Islamic State group's Sinai branch said the next day that its fighters had carried out the attack. President Abdel Fattah al-Sisi said the attack would not shake the country's resolve to uproot terrorism.

Attacks had become rarer in Sinai after a large operation the army launched in 2018. The last major assault came in July 2020, when militants stormed a military camp near Bir al-Abd; the army said two officers and three soldiers were killed and 18 attackers were killed.

Tribal leaders who work with the army said the militants had been pushed towards the central part of the peninsula. Journalists cannot work independently in North Sinai, and the army's accounts cannot be checked.
""",
    [
        ev("e1", BATTLES, CLASH, EGY, ISSP, "2022-05-08", "2022-05-12", N_SINAI, (28, 28),
           responds_to=["e2"], note="army operations 'in response to' Saturday's attack: 23 militants + 5 soldiers; days not given (range to the statement day)"),
        ev("e2", BATTLES, CLASH, ISSP, EGY, wd("2022-05-07", "Saturday"), None, W_SINAI, (11, 11),
           note="water lifting station east of the Suez Canal: officer + 10 soldiers"),
        ev("e3", BATTLES, CLASH, ISSP, EGY, "2020-07-01", "2020-07-31", BIR_ABD, (23, 23),
           note="background July 2020: 2 officers + 3 soldiers + 18 attackers"),
        ev("e4", STRAT, OTHER, EGY, ISSP, "2018-01-01", "2018-12-31", N_SINAI, None, optional=True,
           note="'a large operation the army launched in 2018': no day"),
    ])

# ==== 14. Bahrain soldiers on the Saudi border, 25 September 2023 =======================================
P14 = wd("2023-09-27", "Wednesday")
doc("bahrain-border-drone-2023-09-27", P14, "Gulf Monitor",
    "Third Bahraini soldier dies after Houthi drone attack on Saudi border",
    "wire",
    """MANAMA, Sept 27 (Gulf Monitor) - A third Bahraini soldier has died of wounds suffered in a Houthi drone attack on Monday on Bahraini forces stationed on Saudi Arabia's southern border with Yemen, the Bahrain Defence Force said on Wednesday.

The BDF said on Monday that two soldiers had been killed and several wounded when the Houthis sent drones against its positions, which are part of the Saudi-led coalition's deployment on the frontier. It said the attack came despite the calm that has largely held along the border since a truce in April last year.

Coalition spokesman Turki al-Maliki called the attack hostile and provocative and said the coalition reserved the right to respond at the appropriate time. Bahrain's foreign ministry said the Houthis bore full responsibility. The Houthis did not comment.

The attack came days after a Houthi delegation held talks in Riyadh with Saudi officials on a possible road map to end the war, the first such public visit since the conflict began. Both sides had described the talks as positive.

Saudi Arabia has not been attacked from Yemen on a large scale since the truce. In March last year, a Houthi missile and drone strike set a fuel depot of Saudi Aramco in Jeddah ablaze during a Formula One race weekend; no one was hurt, the coalition said then. The coalition answered the following night with air strikes on Sanaa and on the port city of Hodeidah, which it said were in response to the Jeddah attack.
""",
    [
        ev("e1", REMOTE, AIR, HOUTHI, BHR, wd("2023-09-25", "Monday"), None, SAU_BORDER, (2, 3),
           note="two killed Monday, a third died of wounds by Wednesday"),
        ev("e2", REMOTE, [MISSILE, AIR], HOUTHI, ARAMCO, "2022-03-01", "2022-03-31", JEDDAH, (0, 0),
           note="background: Jeddah fuel depot, 'no one was hurt'"),
        ev("e3", REMOTE, AIR, COALITION, HOUTHI, "2022-03-01", "2022-03-31", SANAA, None, responds_to=["e2"],
           note="background: coalition strikes 'the following night' (March 2022), 'in response to the Jeddah attack'"),
        ev("e4", REMOTE, AIR, COALITION, HOUTHI, "2022-03-01", "2022-03-31", HODEIDAH, None, responds_to=["e2"],
           note="background: the Hodeidah half of the same answer: one event per place"),
    ])

# ==== 15. Central African Republic, Bangui, 13 January 2021 =============================================
P15 = wd("2021-01-14", "Thursday")
doc("car-bangui-rebel-attack-2021-01-14", P15, "The Oubangui Herald",
    "Rebels attack outskirts of Bangui, are pushed back; peacekeeper killed",
    "newspaper",
    """Rebels of the Coalition of Patriots for Change (CPC) attacked the outskirts of the Central African capital Bangui at dawn on Wednesday and were driven back after hours of fighting with government troops and UN peacekeepers, officials said. One Rwandan peacekeeper was killed.

The attackers came from two directions, according to the UN mission, MINUSCA: along the road from the north at PK12, where the city meets the countryside, and from the south-west at PK9, near the town of Bimbo. Residents reported heavy gunfire from about 6 a.m. and said the fighting had died down by midday.

Prime Minister Firmin Ngrebada said 30 rebels were killed and five were captured. He said the situation was under control and accused former president Francois Bozize of being behind the offensive, an accusation Bozize's camp has rejected in the past. MINUSCA said one of its Rwandan soldiers was killed and another wounded.

It was the closest the rebels have come to the capital since the coalition was formed in December to disrupt the December 27 elections, which President Faustin-Archange Touadera won according to provisional results. Rwanda and Russia sent troops and instructors to help the government in the last days of December.

The coalition has seized or attacked a string of towns in recent weeks. On January 3, its fighters took control of Bangassou, in the south-east near the border with the Democratic Republic of Congo, after a battle with troops and peacekeepers; thousands of residents fled across the river. On December 25, three Burundian peacekeepers were killed and two wounded when rebels attacked their position near Dekoa, in the Kemo prefecture.

Aid groups said on Wednesday that some 60,000 people have fled to neighbouring countries since the fighting began. The United Nations has asked for more troops for its mission, which already numbers about 12,000 soldiers and police.
""",
    [
        ev("e1", BATTLES, CLASH, CPC, CAF_GOV, wd("2021-01-13", "Wednesday"), None, PK12, None,
           note="attack at PK12 (north); totals 30 rebels + 1 peacekeeper over both axes (e3)"),
        ev("e2", BATTLES, CLASH, CPC, CAF_GOV, "2021-01-13", None, PK9, None, note="attack at PK9 near Bimbo"),
        ev("e3", BATTLES, CLASH, CPC, CAF_GOV, "2021-01-13", None, BANGUI, (31, 31), optional=True,
           note="aggregate over both axes: 30 rebels + 1 Rwandan peacekeeper"),
        ev("e4", BATTLES, OVERTAKE, CPC, CAF_GOV, wd("2021-01-03", "Sunday"), None, BANGASSOU, None,
           note="background: CPC seizes Bangassou on January 3"),
        ev("e5", BATTLES, CLASH, CPC, MINUSCA, wd("2020-12-25", "Friday"), None, DEKOA, (3, 3),
           note="background: three Burundian peacekeepers killed near Dekoa"),
        ev("e6", STRAT, OTHER, actor("Military Forces of Rwanda", "Rwanda", "Russia", code="RWA"), CAF_GOV,
           "2020-12-20", "2020-12-31", place(["Central African Republic", "Bangui"], "CAF"), None, optional=True,
           note="troop deployment 'in the last days of December': no event proper"),
    ])

# ==== 16. Negative: football ===========================================================================
P16 = wd("2024-09-28", "Saturday")
doc("sport-caf-super-cup-2024-09-28", P16, "Nile Touchline",
    "Zamalek win penalty shootout war with Al Ahly to lift CAF Super Cup",
    "sports (negative: metaphors)",
    """RIYADH, Sept 28 (Nile Touchline) - Zamalek won the African Super Cup on Friday night, beating their great Cairo rivals Al Ahly 7-6 in a marathon penalty shootout after a bruising 1-1 draw that both sides fought like a war for the capital's bragging rights.

Al Ahly, the African champions, attacked from the first whistle and bombarded the Zamalek area with crosses. Wessam Abou Ali struck midway through the first half, firing a low shot past the goalkeeper after a swift counter-attack, and the Red Devils looked to have killed the game off.

Zamalek answered after the break. Nasser Mansi, sent on as a substitute, pounced on a loose ball and blasted it into the roof of the net, and the White Knights laid siege to the Ahly goal for the last twenty minutes without finding a winner. Extra time was a war of attrition, with both sets of players cramping and the casualties piling up on the benches.

In the shootout the first five takers on each side scored. The shootout went to sudden death, an Ahly kick was saved, and Zamalek's bench stormed the pitch as the final kick hit the net.

Ahly's coach said his side had shot themselves in the foot by not finishing the game in normal time. His Zamalek counterpart called the win a triumph of character and said his players had been ready to die on the pitch for the shirt.

Thousands of fans had travelled from Egypt for the match, the latest chapter in a rivalry that Cairo's newspapers described as the deadliest derby on the continent.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

"""Write demo/fresh18/docs.jsonl and demo/fresh18/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh18/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (2019-2025) in Latin America (Ecuador, Brazil, Peru), Europe (France and New
Caledonia, Northern Ireland), the Middle East (Yemen, the West Bank, Lebanon, Iran) and North and East /
Central Africa (Libya, Sudan, Cameroon's North-West), in our own words, written as of their `published` date,
from facts in public reporting, simplified where unsure. Outlets are fictional with `.example` URLs;
quotations are paraphrases. Not a factual reference. Gold follows shared/contract/README.md and the "Gold
conventions" of demo/README.md; every weekday relied on is asserted with `datetime`, and the kit's checks
validate taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd, last_week  # noqa: E402  (demo/gold_kit.py)
from gold_kit import (ABDUCT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, MISSILE, MOB, OTHER,  # noqa: E402
                      OVERTAKE, PEACEFUL, PROTESTS, REMOTE, RIOTS, SEXUAL, STRAT, VAC, VIOLENT, LOOT)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)

SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"ECU": "Ecuador", "BRA": "Brazil", "PER": "Peru", "NCL": "New Caledonia", "FRA": "France",
           "GBR": "United Kingdom", "YEM": "Yemen", "PSE": "Palestine", "ISR": "Israel", "LBN": "Lebanon",
           "IRN": "Iran", "LBY": "Libya", "SDN": "Sudan", "CMR": "Cameroon"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


def protesters(code: str, *extra):
    return actor(f"Protesters ({COUNTRY[code]})", "protesters", "Protesters", "demonstrators", "crowd",
                 "crowds", *extra)


def rioters(code: str, *extra):
    return actor(f"Rioters ({COUNTRY[code]})", "rioters", "Rioters", "protesters", "demonstrators", "crowd",
                 "mob", "youths", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men")

# ---- actors ------------------------------------------------------------------------------------------
ECU_AF = actor("Military Forces of Ecuador", "Ecuadorian Air Force", "Air Force", "air force patrol", "soldiers",
               "airmen", "military", "armed forces", "Ecuadorian military", "Military Forces of Ecuador (2023-)",
               code="ECU")
BOYS = civ("ECU", "children", "four boys", "boys", "minors", "teenagers")
BRA_KILLERS = either(actor("Amarildo da Costa de Oliveira", "Pelado", "fishermen", "suspects"), UNID,
                     actor("illegal fishing network", "criminal group", "poachers"))
BRA_VICTIMS = civ("BRA", "Bruno Pereira", "Dom Phillips", "journalist", "Indigenous expert",
                  "Civilians (United Kingdom)")
PER_POL = actor("Police Forces of Peru", "police", "Peruvian police", "National Police", "PNP",
                "police officers", "security forces", "Police Forces of Peru (2025-)", code="PER")
FRA_POL = actor("Police Forces of France", "gendarmes", "gendarmerie", "Gendarmerie", "French gendarmerie",
                "police", "security forces", "French security forces", "Police Forces of France (2017-)",
                code="FRA")
KANAK = rioters("NCL", "Kanak youths", "young people", "Rioters (France)", "independence supporters")
GBR_POL = actor("Police Forces of the United Kingdom", "PSNI", "Police Service of Northern Ireland", "police",
                "police officers", "officers", "riot police", "Police Forces of the United Kingdom (2024-)",
                code="GBR")
NI_RIOT = rioters("GBR", "masked youths", "rioters (Northern Ireland)", "Rioters (United Kingdom)")
MIGRANTS_NI = civ("GBR", "migrants", "Roma families", "foreign nationals", "Civilians (United Kingdom)",
                  "families")
HOUTHI = actor("Houthis", "Ansar Allah", "Houthi movement", "Houthi rebels", "Houthi forces", "Ansarallah",
               "Yemen's Houthis", "Military Forces of Yemen (Houthi)")
YEM_GOV = actor("Government of Yemen", "Yemeni government", "new cabinet", "cabinet", "ministers",
                "Military Forces of Yemen", "Civilians (Yemen)", "civilians", "internationally recognised government",
                code="YEM")
COALITION = actor("Saudi-led coalition", "coalition", "Military Forces of Saudi Arabia", "Saudi Arabia",
                  "Arab coalition", "Saudi-led military coalition", code="SAU")
ISR = actor("Military Forces of Israel", "Israel", "Israeli military", "Israeli army", "Israeli forces",
            "IDF", "Israel Defense Forces", "Israeli troops", "soldiers", "Military Forces of Israel (2022-)",
            code="ISR")
ISR_DRONE = actor("Military Forces of Israel", "Israel", "Israeli military", "Israeli army", "Israeli drone",
                  "IDF", "Israel Defense Forces", "Israeli Air Force", "Military Forces of Israel (2022-)",
                  code="ISR")
PAL_MIL = actor("Palestinian militants", "militants", "gunmen", "Palestinian gunmen", "Jenin Brigades",
                "Islamic Jihad", "PIJ", "Hamas", "Palestinian Islamic Jihad", "fighters", "armed men")
HAMAS = actor("Hamas", "Hamas gunmen", "gunmen", "Palestinian gunmen", "militants", "Qassam Brigades",
              "attackers", "assailants", "Palestinian militants")
ISR_CIV = actor("Civilians (Israel)", "Israelis", "Israeli civilians", "civilians", "settlers")
SETTLERS = actor("Israeli settlers", "settlers", "Settlers (Israel)", "Jewish settlers", "Israeli civilians",
                 "Civilians (Israel)", "Israeli Settlers")
PAL_CIV = civ("PSE", "Palestinians", "villagers", "Palestinian civilians")
HEZ_AMAL = actor("Hezbollah", "Amal", "Amal Movement", "Hezbollah and Amal supporters", "Hezbollah supporters",
                 "Shiite protesters", "protesters", "gunmen", "fighters", "Protesters (Lebanon)")
LF = either(actor("Lebanese Forces", "LF", "Lebanese Forces party", "Christian party", "Christian gunmen",
                  "snipers"), UNID, actor("snipers", "unidentified snipers"))
IRN_SF = actor("Police Forces of Iran", "security forces", "police", "Basij", "Basij members",
               "Basij Resistance Force", "security personnel", "Military Forces of Iran", code="IRN")
IZEH_ATT = either(actor("terrorists", "two terrorists", "gunmen", "armed men", "attackers", "assailants",
                        "motorcyclists"), UNID)
LBY_GNU = actor("Government of National Unity", "GNU", "forces loyal to Dbeibah", "Dbeibah's forces",
                "Stability Support Apparatus", "444 Brigade", "Military Forces of Libya (2021-) Government of National Unity",
                "armed groups", "militias", "pro-government forces", "Dbeibah")
LBY_GNS = actor("Government of National Stability", "GNS", "forces loyal to Bashagha", "Bashagha's forces",
                "Tripoli Revolutionaries Brigade", "Haitham Tajouri", "Tajouri's brigade", "Osama Juwaili",
                "armed groups", "militias", "Bashagha", "Military Forces of Libya (2022-) Government of National Stability")
SDN_SF = actor("Military Forces of Sudan", "security forces", "Sudanese security forces", "army", "soldiers",
               "police", "Police Forces of Sudan", "RSF", "Rapid Support Forces", "Sudanese military",
               "Military Forces of Sudan (2021-)", code="SDN")
SDN_PROT = protesters("SDN", "pro-democracy protesters", "resistance committees", "marchers")
CMR_GEND = actor("Police Forces of Cameroon", "gendarme", "gendarmes", "Gendarmerie", "gendarmerie",
                 "security forces", "Military Forces of Cameroon", "police officer", code="CMR")
CMR_MOB = rioters("CMR", "angry crowd", "residents", "Rioters (Cameroon)", "crowd", "mob")

# ---- places ------------------------------------------------------------------------------------------
MALVINAS = place(["Guayaquil", "Las Malvinas", "Malvinas", "Guayas", "Guayas province"], "ECU", -2.2380, -79.9000)
TAURA = place(["Taura", "Taura air base", "Naranjal", "Guayas", "near Guayaquil"], "ECU", -2.2613, -79.6803)
JAVARI = place(["Atalaia do Norte", "Javari Valley", "Vale do Javari", "Itaquai river", "Itaquaí river",
                "Amazonas", "Amazonas state"], "BRA", -4.3717, -70.1919)
LIMA = place(["Lima", "central Lima", "historic centre of Lima", "Plaza San Martin", "Plaza San Martín",
              "Lima region"], "PER", -12.0517, -77.0347)
NOUMEA = place(["Noumea", "Nouméa", "Greater Noumea", "New Caledonia", "South Province"], "NCL", -22.2758, 166.4580)
MONT_DORE = place(["Plum", "Mont-Dore", "Le Mont-Dore", "Noumea", "Nouméa", "New Caledonia", "South Province"],
                  "NCL", -22.2632, 166.5669)
SAINTE_SOLINE = place(["Sainte-Soline", "Deux-Sevres", "Deux-Sèvres", "Nouvelle-Aquitaine"], "FRA", 46.2550, -0.0470)
BALLYMENA = place(["Ballymena", "Clonavon Terrace", "County Antrim", "Northern Ireland"], "GBR", 54.8636, -6.2767)
LARNE = place(["Larne", "Larne leisure centre", "County Antrim", "Northern Ireland"], "GBR", 54.8578, -5.8236)
ADEN_AIRPORT = place(["Aden", "Aden airport", "Aden International Airport", "Aden governorate"], "YEM", 12.8295, 45.0288)
MAASHIQ = place(["Aden", "Maashiq palace", "Maashiq", "Crater", "Aden governorate"], "YEM", 12.7790, 45.0430)
SANAA = place(["Sanaa", "Sana'a", "Sanaa province"], "YEM", 15.3694, 44.1910)
JENIN = place(["Jenin", "Jenin refugee camp", "Jenin camp", "West Bank", "northern West Bank"], "PSE", 32.4607, 35.2960)
ELI = place(["Eli", "Eli settlement", "Route 60", "West Bank"], "PSE", 32.0606, 35.2678)
TUBAS = place(["Tubas", "Tubas governorate", "West Bank"], "PSE", 32.3209, 35.3692)
TURMUS_AYYA = place(["Turmus Ayya", "Turmusaya", "Turmus'ayya", "Ramallah", "Ramallah and al-Bireh", "West Bank"],
                    "PSE", 32.0347, 35.2864)
JALAMEH = place(["Jalameh", "Jalama", "Jalameh checkpoint", "Jenin", "northern West Bank", "West Bank"], "PSE",
                32.5070, 35.3100)
UMM_SAFA = place(["Umm Safa", "Umm Safa village", "Ramallah", "West Bank"], "PSE", 32.0150, 35.1800)
TAYOUNEH = place(["Beirut", "Tayouneh", "Tayyouneh", "Ain al-Remmaneh", "Ain el-Remmaneh", "Chiyah",
                  "Tayouneh roundabout", "Beirut southern suburbs"], "LBN", 33.8626, 35.5200)
IZEH = place(["Izeh", "Izeh market", "Khuzestan", "Khuzestan province"], "IRN", 31.8342, 49.8675)
ISFAHAN = place(["Isfahan", "Esfahan", "Isfahan province"], "IRN", 32.6539, 51.6660)
TRIPOLI = place(["Tripoli", "Tripoli city", "central Tripoli", "Tarabulus"], "LBY", 32.8872, 13.1913)
KHARTOUM_N = place(["Khartoum North", "Bahri", "Khartoum Bahri", "Khartoum", "Khartoum state"], "SDN", 15.6333, 32.5500)
KHARTOUM = place(["Khartoum", "Khartoum state"], "SDN", 15.5007, 32.5599)
OMDURMAN = place(["Omdurman", "Khartoum state"], "SDN", 15.6445, 32.4777)
BAMENDA = place(["Bamenda", "Mile 4", "Nkwen", "North-West", "North-West region", "Mezam"], "CMR", 5.9631, 10.1591)

# ==== 1. Ecuador: the four boys of Las Malvinas ===========================================================
P1 = wd("2024-12-31", "Tuesday")
doc("ecuador-malvinas-boys-2024-12-31", P1, "Guayas Daily Record",
    "Burned bodies found near air base are the four missing Guayaquil boys, prosecutors confirm",
    "newspaper",
    """GUAYAQUIL - Ecuador's attorney general's office confirmed on Tuesday that four burned bodies found near the Taura air base on Christmas Eve are those of the four boys from Guayaquil who went missing after being detained by an air force patrol more than three weeks ago.

The boys - brothers Ismael and Josue Arroyo, aged 14 and 15, Saul Arboleda, 15, and Steven Medina, 11 - had been playing football in the southern district of Las Malvinas on the evening of Sunday, December 8, when soldiers in a military truck picked them up. Security camera footage shared by their families shows uniformed men forcing the boys into the back of the vehicle and one of them being kicked.

According to the families' lawyer, one of the boys called his father late that night from a borrowed phone in Taura, some 30 kilometres away, saying they had been beaten, stripped and left in the dark near the base. The relatives said they never heard from them again.

The air force at first said its patrol had stopped the boys after a reported robbery and released them alive. Prosecutors said on Tuesday that DNA tests on the remains found on December 24 matched the four children, and that 16 members of the air force would face charges of forced disappearance. A judge ordered their detention on Monday.

President Daniel Noboa, who has deployed the military to the streets under an "internal armed conflict" decree, called the boys "national heroes" last week and said no one was above the law. Human rights groups say the case shows what happens when soldiers are given police powers without controls.

On Monday evening, neighbours in Las Malvinas lit candles and carried the boys' photographs through the streets.
""",
    [
        ev("e1", VAC, ABDUCT, ECU_AF, BOYS, wd("2024-12-08", "Sunday"), None, MALVINAS, None,
           note="detention of the four boys by an air force patrol (charged as forced disappearance)"),
        ev("e2", VAC, ATTACK, either(ECU_AF, UNID), BOYS, "2024-12-08", wd("2024-12-24", "Tuesday"), TAURA, (4, 4),
           note="the boys killed and burned near Taura; killers not established in the text; bodies found Dec 24"),
        ev("e3", STRAT, ARRESTS, actor("Government of Ecuador", "judge", "prosecutors", "attorney general's office",
                                        "Police Forces of Ecuador", code="ECU"), ECU_AF,
           wd("2024-12-30", "Monday"), None, place(["Guayaquil", "Ecuador"], "ECU"), optional=True,
           note="detention of 16 airmen ordered Monday"),
        ev("e4", PROTESTS, PEACEFUL, protesters("ECU", "neighbours", "residents"), None, "2024-12-30", None, MALVINAS,
           optional=True, note="Monday evening candle vigil and march in Las Malvinas"),
    ])

# ==== 2. Brazil: Bruno Pereira and Dom Phillips (wire brief) ===============================================
P2 = wd("2022-06-16", "Thursday")
doc("brazil-javari-killings-brief-2022-06-16", P2, "Amazonia Wire",
    "Fisherman confesses to killing Phillips and Pereira, police say",
    "wire brief",
    """MANAUS, June 16 (Amazonia Wire) - A fisherman has confessed to killing British journalist Dom Phillips and Brazilian Indigenous expert Bruno Pereira and led officers to the place where their remains were buried, Brazil's federal police said on Wednesday night. He had been held since last week on a weapons charge.

Amarildo da Costa de Oliveira, known as Pelado, told investigators the two men were shot on the Itaquai river near Atalaia do Norte, in the Javari Valley, on June 5, the day they disappeared. Their bodies were hidden in the forest, police said. His brother was arrested on Tuesday.

Police said they believed the killers acted alone; Indigenous groups said an illegal fishing network was behind it.
""",
    [
        ev("e1", VAC, ATTACK, BRA_KILLERS, BRA_VICTIMS, wd("2022-06-05", "Sunday"), None, JAVARI, (2, 2),
           note="both men shot on the Itaquai river on June 5 (the day they went missing)"),
        ev("e2", STRAT, ARRESTS, actor("Police Forces of Brazil", "federal police", "Federal Police", "police",
                                        code="BRA"), BRA_KILLERS, wd("2022-06-14", "Tuesday"), None, JAVARI,
           optional=True, note="the brother's arrest on Tuesday; place not stated (assumed the region)"),
        ev("e3", STRAT, ARRESTS, actor("Police Forces of Brazil", "federal police", "Federal Police", "police",
                                        code="BRA"), BRA_KILLERS, *last_week(P2), JAVARI,
           optional=True, note="'held since last week' (Monday-Sunday of the week before): Pelado's arrest"),
    ])

# ==== 3. Peru: Lima Gen Z protest ===========================================================================
P3 = wd("2025-10-16", "Thursday")
doc("peru-lima-genz-protest-2025-10-16", P3, "Pacific Rim Courier",
    "One dead, dozens hurt as Gen Z protest against Peru's new president turns violent",
    "wire",
    """LIMA, Oct 16 (Pacific Rim Courier) - A 32-year-old man was shot dead and more than 100 people were injured in central Lima on Wednesday night as thousands of mostly young protesters clashed with police in the first big demonstration against Peru's new president, Jose Jeri.

Eduardo Ruiz, a hip-hop artist, was hit by a bullet near Plaza San Martin, the historic square where the march had gathered, the public prosecutor's office said. Peru's ombudsman said about 80 police officers and at least ten journalists were among the injured. Protesters threw stones, bottles and fireworks at lines of riot police, who answered with tear gas and rubber pellets well into the night.

The national police chief said on Thursday morning that his officers had not fired live rounds. Hours later, after videos circulated showing a man in plain clothes firing a pistol, the interior ministry said a police officer had been removed from duty and was under investigation. Jeri called the death regrettable and said the investigation would be impartial, while rejecting calls to resign.

Jeri, the head of Congress, became president last Friday after lawmakers removed Dina Boluarte from office. Protesters, who organise under a pirate-skull flag borrowed from a Japanese cartoon, accuse the political class of corruption and of doing nothing about extortion gangs that have killed bus drivers in Lima.

The movement first came onto the streets on September 20, when police fired tear gas at thousands of young people marching against a pension reform in Lima, injuring several of them.
""",
    [
        ev("e1", [PROTESTS, RIOTS], [EXCESSIVE, VIOLENT], protesters("PER", "Gen Z protesters", "young protesters",
                                                                    "Rioters (Peru)", "rioters"), PER_POL,
           wd("2025-10-15", "Wednesday"), None, LIMA, (1, 1),
           note="Wednesday night march; 1 killed (shot), 100+ injured incl. 80 police; stones vs tear gas"),
        ev("e2", PROTESTS, ["Protest with intervention", EXCESSIVE], protesters("PER", "young people",
                                                                               "Gen Z protesters"), PER_POL,
           wd("2025-09-20", "Saturday"), None, LIMA, None,
           note="September 20 march against the pension reform, tear gas, injured (no deaths stated)"),
    ])

# ==== 4. New Caledonia live blog ============================================================================
P4 = wd("2024-05-16", "Thursday")
doc("new-caledonia-riots-liveblog-2024-05-16", P4, "Pacific Dispatch",
    "Live: New Caledonia under state of emergency after deadly riots",
    "live blog (GMT, newest first)",
    """Live updates. All times GMT (Noumea is 11 hours ahead). Newest first.

Thursday 16 May

09:40 GMT - A second gendarme has died, Interior Minister Gerald Darmanin says. He was hit by a shot fired accidentally by a colleague, the minister says, not by rioters. That brings to five the number of people killed since the unrest began.

07:15 GMT - Soldiers have been deployed to guard Noumea's port and La Tontouta international airport, which remains closed to commercial flights, the high commission says. TikTok has been blocked across the territory.

05:30 GMT - Reports from Noumea say a third night of rioting has been calmer than the previous two, though several buildings burned in the Magenta and Ducos districts. More than 200 people have been arrested since Monday, according to the high commission.

Wednesday 15 May

20:10 GMT - The state of emergency announced by President Emmanuel Macron's office has taken effect in New Caledonia, giving the authorities powers to ban gatherings and put people under house arrest.

10:30 GMT - Darmanin says a 22-year-old gendarme has died after being shot in the head during clashes with rioters in Plum, in the commune of Mont-Dore on the outskirts of Noumea, on Wednesday. "Hundreds" of rioters armed with guns had attacked the security forces, he says.

02:00 GMT - The high commissioner, Louis Le Franc, says three young people, all of them Kanak, were killed overnight in Greater Noumea. At least one was shot by a resident who was "defending himself", he says, rather than by police. Residents in several districts have set up armed watch groups behind barricades.

Background

The violence began on Monday night, when young people opposed to a change in voting rules set up roadblocks, burned cars, shops and factories and fought police in Noumea, hours before the National Assembly in Paris debated the constitutional amendment, which would allow French residents of ten years to vote in provincial elections. Pro-independence Kanak leaders say it will dilute their vote. Paris has also accused Azerbaijan of encouraging the separatists; Baku denies any interference.
""",
    [
        ev("e1", RIOTS, VIOLENT, KANAK, FRA_POL, wd("2024-05-13", "Monday"), "2024-05-14", NOUMEA, None,
           note="Monday night riots: roadblocks, arson, clashes with police (no figure for this night)"),
        ev("e2", [VAC, RIOTS], [ATTACK, MOB], either(actor("residents", "armed residents", "resident",
                                                          "armed watch groups", "civilians", "Civilians (New Caledonia)"),
                                                    UNID),
           civ("NCL", "Kanak youths", "young people", "Kanak", "rioters"), "2024-05-14", "2024-05-15", NOUMEA, (3, 3),
           note="three young Kanak killed 'overnight' (local night of 14-15 May), at least one by a resident"),
        ev("e3", [RIOTS, BATTLES], [VIOLENT, CLASH], KANAK, FRA_POL, wd("2024-05-15", "Wednesday"), None, MONT_DORE,
           (1, 1), note="gendarme shot dead in Plum (Mont-Dore) during clashes with armed rioters"),
        ev("e4", RIOTS, VIOLENT, KANAK, FRA_POL, "2024-05-15", "2024-05-16", NOUMEA, None,
           note="third night of rioting (local Wednesday night), buildings burned in Magenta and Ducos"),
        ev("e5", STRAT, OTHER, actor("Government of France", "France", "Macron", "French government", code="FRA"), None,
           "2024-05-15", "2024-05-16", NOUMEA, optional=True, note="state of emergency; troops at port and airport"),
        ev("e6", STRAT, ARRESTS, FRA_POL, KANAK, "2024-05-13", P4, NOUMEA, optional=True,
           note="'more than 200 arrested since Monday'"),
        ev("e7", VAC, ATTACK, FRA_POL, FRA_POL, "2024-05-15", P4, NOUMEA, optional=True,
           note="second gendarme killed by a colleague's accidental shot: not an attack; optional"),
    ])

# ==== 5. Sainte-Soline (garbled) ============================================================================
P5 = wd("2023-03-26", "Sunday")
doc("france-sainte-soline-garbled-2023-03-26", P5, "Actu Planete Info",
    "Sainte-Soline: violent clash around mega-basin, dozens wounded",
    "garbled machine-rewritten web copy",
    """Sainte-Soline: violent clash around mega-basin, dozens wounded

Very violent confrontations have opposed on the Saturday thousands of demonstrators against the "mega-basins" to the gendarmes in Sainte-Soline in the department of Deux-Sevres, where a giant water reservoir for the agriculture is in construction, the opponents say it is a theft of the water by the big farmers.

According to the Minister of Interior Gerald Darmanin the radical elements ("more than 1000 ultra-left") has thrown Molotov cocktails and fireworks and stones on the forces of order, 28 gendarmes was wounded and four vans of the gendarmerie were burned. The gendarmes respond with tear gas and grenades of disencirclement, thousands of grenades were fired in the fields, organisers declared.

The organisers from the collective Bassines Non Merci are telling that about 200 demonstrators are hurt, among them two who the life is in danger, one is in coma. No death was reported. The prefecture was speaking of 6000 demonstrators, the organisers of 30000.

It is not the first time, in October of last year on the same site there was also clashes between the opponents and the gendarmes with many wounded from both sides.

The unions of farmers condemn the violence, the left parties accuse the government of a "disproportioned" response, a inquiry is opened.

Leave a Comment
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], rioters("FRA", "Protesters (France)", "anti-basin protesters",
                                                                 "ultra-left", "Bassines Non Merci"), FRA_POL,
           wd("2023-03-25", "Saturday"), None, SAINTE_SOLINE, (0, 0),
           note="Saturday clashes; 28 gendarmes and ~200 protesters hurt; 'No death was reported'"),
        ev("e2", [RIOTS, PROTESTS], [VIOLENT, EXCESSIVE], rioters("FRA", "Protesters (France)", "opponents"), FRA_POL,
           "2022-10-01", "2022-10-31", SAINTE_SOLINE, None,
           note="'in October of last year on the same site' clashes, many wounded, no deaths stated"),
    ])

# ==== 6. Ballymena ===========================================================================================
P6 = wd("2025-06-12", "Thursday")
doc("northern-ireland-ballymena-riots-2025-06-12", P6, "The Antrim Observer",
    "Third night of disorder as violence spreads from Ballymena to Larne",
    "newspaper",
    """Police in Northern Ireland faced a third night of violence on Wednesday as disorder that began in Ballymena spread to Larne, where a leisure centre that had sheltered families forced from their homes was attacked and set on fire.

The trouble started on Monday evening after a vigil in the Clonavon Terrace area of Ballymena for a teenage girl who was allegedly sexually assaulted at the weekend. Two 14-year-old boys appeared in court on Monday charged with attempted rape; they spoke through a Romanian interpreter. After the vigil, masked youths broke away, attacked houses they believed were lived in by migrants, set fires and threw bricks, fireworks and petrol bombs at police lines. Fifteen officers were injured that night.

On Tuesday night the crowds returned. Police said 17 officers were hurt as rioters targeted homes and cars in several streets and officers fired baton rounds and used water cannon. Some families of Roma background were moved out under police escort; others put signs in their windows saying who lived inside.

On Wednesday, a crowd gathered outside Larne leisure centre, about 20 miles east, after a message circulated on social media claiming that people moved out of Ballymena were being housed there. A group broke in and started a fire that destroyed part of the building. Officers were pelted with missiles in Ballymena again the same night, though the numbers were smaller. Nobody has died in three nights of violence, police said, but more than 40 officers have been injured and several people have been arrested.

The Police Service of Northern Ireland's assistant chief constable called it "racist thuggery". Northern Ireland's First Minister Michelle O'Neill said there was no excuse for attacking families, and the Stormont executive appealed for calm.
""",
    [
        ev("e1", RIOTS, [VIOLENT, MOB], NI_RIOT, either(GBR_POL, MIGRANTS_NI), wd("2025-06-09", "Monday"), None,
           BALLYMENA, (0, 0), note="Monday night riot after the vigil; 15 officers hurt; 'Nobody has died' applies to all nights"),
        ev("e2", RIOTS, [VIOLENT, MOB], NI_RIOT, either(GBR_POL, MIGRANTS_NI), wd("2025-06-10", "Tuesday"), None,
           BALLYMENA, (0, 0), note="Tuesday night; 17 officers hurt"),
        ev("e3", [RIOTS, STRAT], [MOB, VIOLENT, LOOT], NI_RIOT, actor("Larne leisure centre", "leisure centre",
                                                                     "Civilians (United Kingdom)", "families", "migrants"),
           wd("2025-06-11", "Wednesday"), None, LARNE, (0, 0), note="leisure centre broken into and set on fire"),
        ev("e4", RIOTS, VIOLENT, NI_RIOT, GBR_POL, "2025-06-11", None, BALLYMENA, (0, 0),
           note="Wednesday night in Ballymena again, smaller"),
        ev("e5", PROTESTS, PEACEFUL, protesters("GBR", "vigil", "residents"), None, "2025-06-09", None, BALLYMENA,
           optional=True, note="the vigil before the Monday riot"),
        ev("e6", VAC, SEXUAL, actor("two 14-year-old boys", "teenagers", "unidentified"), civ("GBR", "teenage girl", "girl"),
           "2025-06-07", "2025-06-08", BALLYMENA, optional=True, note="alleged assault 'at the weekend' (alleged, court case)"),
        ev("e7", STRAT, ARRESTS, GBR_POL, NI_RIOT, "2025-06-09", P6, BALLYMENA, optional=True,
           note="'several people have been arrested'"),
    ])

# ==== 7. Aden airport ========================================================================================
P7 = wd("2020-12-31", "Thursday")
doc("yemen-aden-airport-attack-2020-12-31", P7, "Arabian Sea Wire",
    "Death toll in Aden airport attack rises to 26; coalition strikes Sanaa",
    "wire",
    """ADEN, Dec 31 (Arabian Sea Wire) - The death toll from the explosions that tore through Aden airport as Yemen's new government arrived on Wednesday has risen to 26, a health ministry official said on Thursday, and the Saudi-led coalition launched air strikes on the Houthi-held capital Sanaa overnight in response.

Blasts hit the airport's arrivals hall and apron minutes after a plane carrying Prime Minister Maeen Abdulmalik and his cabinet landed from Riyadh. Officials gave a toll of 22 dead on Wednesday. About 110 people were wounded. None of the ministers was hurt. The International Committee of the Red Cross said three of its staff were killed, and a local journalist was also among the dead.

Information Minister Muammar al-Eryani said the airport had been hit by three precision-guided missiles fired by the Houthis. A Houthi official denied the group had anything to do with the attack and blamed it on rivalries within the government's own camp.

Hours later, on Wednesday evening, the coalition said it had shot down a drone laden with explosives as it approached the Maashiq palace in Aden, where the ministers had been moved for their safety. No one was hurt.

Overnight, coalition jets struck what Saudi state media called Houthi military sites in Sanaa in response to the airport attack. The Houthi-run al-Masirah television reported several raids on the city and its outskirts but gave no casualty figure.

The unity cabinet, which includes ministers from the southern separatists, was formed this month under a Saudi-brokered power-sharing deal meant to end fighting between the two allied camps in the south.
""",
    [
        ev("e1", REMOTE, [MISSILE, AIR], either(HOUTHI, UNID), YEM_GOV, wd("2020-12-30", "Wednesday"), None,
           ADEN_AIRPORT, (22, 26), note="22 on Wednesday, 26 on Thursday; government blames Houthi missiles, Houthis deny"),
        ev("e2", STRAT, DISRUPTED, COALITION, either(HOUTHI, UNID, actor("drone", "explosive-laden drone")),
           "2020-12-30", None, MAASHIQ, (0, 0), note="drone shot down near the Maashiq palace; 'No one was hurt'"),
        ev("e3", REMOTE, AIR, COALITION, HOUTHI, "2020-12-30", P7, SANAA, None, responds_to=["e1"],
           note="'Overnight' strikes on Sanaa 'in response to the airport attack'; no figure"),
    ])

# ==== 8. West Bank chain (wire) ==============================================================================
P8 = wd("2023-06-22", "Thursday")
doc("west-bank-turmus-ayya-wire-2023-06-22", P8, "Levant Line",
    "Settlers torch homes in Turmus Ayya; Israel uses drone strike in West Bank",
    "wire",
    """RAMALLAH, West Bank, June 22 (Levant Line) - Hundreds of Israeli settlers rampaged through the Palestinian village of Turmus Ayya on Wednesday, setting fire to homes and cars, and a Palestinian man was shot dead, the Palestinian health ministry said, in a third day of violence that began with an Israeli raid on Jenin.

Residents said the settlers, some of them armed, burned about 30 houses and 60 vehicles before soldiers arrived. Omar Qatin, 27, was killed by live fire; it was not clear whether he was shot by settlers or soldiers, and the army said it was looking into it. Settler leaders had called for revenge for Tuesday's shooting near the settlement of Eli.

In that attack, two Hamas gunmen opened fire at a restaurant and a petrol station at the entrance to Eli, killing four Israelis. One of the gunmen was shot dead at the scene by an armed civilian. The second was killed hours later in an exchange of fire with Israeli troops in Tubas, the army said. Hamas said the shooting was a response to the raid on Jenin.

On Monday, Israeli forces sent into Jenin to make arrests came under attack from gunmen who set off a roadside bomb under an armoured vehicle; the army then used helicopter gunships to cover the evacuation of its troops, for the first time in the West Bank in years. Seven Palestinians were killed, among them a 15-year-old girl who died of her wounds on Wednesday, and more than 90 were wounded. Eight Israeli soldiers and police were hurt.

Late on Wednesday, an Israeli drone fired on a car near the Jalameh checkpoint north of Jenin, killing three Palestinian militants the army said had carried out shooting attacks on Israeli targets. It was Israel's first drone strike in the West Bank since 2006.

Prime Minister Benjamin Netanyahu said Israel would fight terrorism with all its strength and that settlers must not take the law into their own hands.
""",
    [
        ev("e1", [BATTLES, REMOTE], [CLASH, AIR], ISR, PAL_MIL, wd("2023-06-19", "Monday"), None, JENIN, (7, 7),
           note="raid, roadside bomb on an armoured vehicle, helicopter gunships; 7 Palestinians (incl. a girl who died later)"),
        ev("e2", VAC, ATTACK, HAMAS, ISR_CIV, wd("2023-06-20", "Tuesday"), None, ELI, (5, 5), responds_to=["e1"],
           note="4 Israelis + the gunman shot dead at the scene; Hamas: 'a response to the raid on Jenin'"),
        ev("e3", BATTLES, CLASH, ISR, HAMAS, "2023-06-20", None, TUBAS, (1, 1),
           note="second gunman killed 'hours later' in an exchange of fire in Tubas"),
        ev("e4", [RIOTS, VAC], [MOB, ATTACK], SETTLERS, PAL_CIV, wd("2023-06-21", "Wednesday"), None, TURMUS_AYYA,
           (1, 1), responds_to=["e2"],
           note="settler rampage, ~30 houses and 60 cars burned, 1 killed (shooter unclear); 'revenge for' Eli"),
        ev("e5", REMOTE, AIR, ISR_DRONE, PAL_MIL, "2023-06-21", None, JALAMEH, (3, 3),
           note="'Late on Wednesday' drone strike on a car near Jalameh, 3 militants"),
    ])

# ==== 9. West Bank (analysis) ===============================================================================
P9 = wd("2023-06-26", "Monday")
doc("west-bank-settler-violence-analysis-2023-06-26", P9, "The Jordan Valley Review",
    "Analysis: a week of revenge in the West Bank",
    "long-form analysis",
    """JERUSALEM - In the space of seven days last week the occupied West Bank went through almost every form of violence it has known since the second intifada: a helicopter gunship over Jenin, a shooting at a roadside restaurant, a drone strike, and a pogrom, as even some Israeli commanders called it, in a Palestinian village.

It began last Monday, June 19, when an arrest raid on Jenin turned into a battle. Palestinian fighters detonated a large roadside bomb under an Israeli armoured vehicle, trapping the soldiers inside, and Apache helicopters fired on the camp to cover their rescue. Seven Palestinians were killed. The next day two gunmen from Hamas killed four Israelis at a petrol station outside Eli, in what the group called a response to Jenin.

The answer came from settlers rather than the army. On Wednesday hundreds of them descended on Turmus Ayya, a village where many residents hold American citizenship, and burned houses and cars; a 27-year-old Palestinian was shot dead. That night an Israeli drone killed three militants near Jalameh. The violence did not stop there: on Saturday settlers set fire to homes and cars in Umm Safa, north of Ramallah, while soldiers stood by, residents said. No one was reported killed there.

In an unusual joint statement on Saturday, the army chief, the head of the Shin Bet security service and the police commissioner called the attacks on Palestinian villages "nationalist terrorism" and promised to bring those responsible to justice. Few expect it. Of the settler attacks reported to police, only a small share lead to charges, rights groups say. The United Nations has recorded more than 590 settler attacks causing casualties or damage to property since January, the highest pace since it began keeping count.

Israel's government has meanwhile moved in the opposite direction. It approved thousands of new settlement homes this month and announced plans for 1,000 more in Eli after the shooting. National Security Minister Itamar Ben-Gvir urged settlers to "run for the hilltops". The Palestinian Authority, which has lost control of Jenin and Nablus to a new generation of armed groups, said it held Israel responsible for what it called organised terror.

Israeli officials say a large operation in Jenin is now a matter of when, not if. The army has drawn up plans for a multi-day incursion, and ministers have said openly that the camp must be cleared of weapons. Palestinians warn that such an operation would set the whole territory alight.
""",
    [
        ev("e1", [BATTLES, REMOTE], [CLASH, AIR], ISR, PAL_MIL, "2023-06-19", None, JENIN, (7, 7),
           same_as="west-bank-turmus-ayya-wire-2023-06-22/e1", note="Jenin raid recalled ('last Monday, June 19')"),
        ev("e2", VAC, ATTACK, HAMAS, ISR_CIV, "2023-06-20", None, ELI, (4, 4), responds_to=["e1"],
           same_as="west-bank-turmus-ayya-wire-2023-06-22/e2",
           note="'The next day'; 4 (the text does not say a gunman died); 'a response to Jenin'"),
        ev("e3", [RIOTS, VAC], [MOB, ATTACK], SETTLERS, PAL_CIV, "2023-06-21", None, TURMUS_AYYA, (1, 1),
           same_as="west-bank-turmus-ayya-wire-2023-06-22/e4",
           note="'The answer came from settlers' - linked to the Eli shooting", responds_to=["e2"]),
        ev("e4", REMOTE, AIR, ISR_DRONE, PAL_MIL, "2023-06-21", None, JALAMEH, (3, 3),
           same_as="west-bank-turmus-ayya-wire-2023-06-22/e5", note="'That night'"),
        ev("e5", [RIOTS, VAC, STRAT], [MOB, ATTACK, LOOT], SETTLERS, PAL_CIV, wd("2023-06-24", "Saturday"), None,
           UMM_SAFA, (0, 0), note="arson in Umm Safa; 'No one was reported killed there'"),
        tally("t1", SETTLERS, PAL_CIV, "2023-01-01", P9, place(["West Bank"], "PSE"), 590,
              note="'more than 590 settler attacks ... since January' (UN count)"),
    ])

# ==== 10. Tayouneh (wire) =====================================================================================
P10 = wd("2021-10-14", "Thursday")
doc("lebanon-tayouneh-clashes-2021-10-14", P10, "Cedar Coast Wire",
    "Six killed as gunfire erupts at Beirut protest against port blast judge",
    "wire",
    """BEIRUT, Oct 14 (Cedar Coast Wire) - Six people were killed and more than 30 wounded in Beirut on Thursday when gunmen opened fire on supporters of Hezbollah and its ally Amal as they marched to protest against the judge investigating last year's port explosion, setting off hours of street battles, Lebanese officials said.

The marchers were heading to the Palace of Justice to demand the removal of Judge Tarek Bitar when shots were fired from rooftops near the Tayouneh roundabout, on the old front line between the Shiite district of Chiyah and the Christian area of Ain al-Remmaneh. Armed men from the two Shiite parties then fired back with rifles and rocket-propelled grenades, and the fighting went on for about four hours while schoolchildren sheltered in corridors nearby. A woman was killed by a stray bullet inside her home.

Hezbollah and Amal said in a joint statement that their supporters had been ambushed by snipers of the Christian Lebanese Forces party. Lebanese Forces leader Samir Geagea denied his party was involved and blamed the violence on the spread of uncontrolled weapons. The army, which deployed heavily in the area, said it had arrested nine people, among them a Syrian national, and warned it would open fire on any gunman in the streets.

Prime Minister Najib Mikati declared Friday a day of mourning. Hezbollah accuses Bitar of bias and has campaigned for weeks for him to be removed; families of the more than 200 people killed in the blast of August 4, 2020 say the campaign is an attempt to protect politicians from prosecution.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], LF, HEZ_AMAL, P10, None, TAYOUNEH, (6, 6),
           note="snipers on the march, then hours of fighting; 6 killed; LF accused, denies"),
        ev("e2", PROTESTS, PEACEFUL, HEZ_AMAL, None, P10, None, TAYOUNEH, optional=True,
           note="the march itself (ACLED may fold it into the clash)"),
        ev("e3", STRAT, ARRESTS, actor("Military Forces of Lebanon", "Lebanese army", "army", code="LBN"), LF, P10, None,
           TAYOUNEH, optional=True, note="nine arrested"),
        ev("e4", STRAT, OTHER, actor("unknown", "ammonium nitrate", "port"), civ("LBN"), "2020-08-04", None,
           place(["Beirut", "Beirut port", "port of Beirut"], "LBN", 33.9010, 35.5190), optional=True,
           note="the August 4, 2020 port explosion recalled: an accident, not a conflict event; optional"),
    ])

# ==== 11. Tayouneh (garbled) =================================================================================
P11 = wd("2021-10-15", "Friday")
doc("lebanon-tayouneh-garbled-2021-10-15", P11, "Beirut Now Feed",
    "Lebanon mourning after Tayouneh shootings, toll rise to 7",
    "garbled machine-rewritten web copy",
    """Lebanon mourning after Tayouneh shootings, toll rise to 7

Lebanon is observing a day of national mourning on Friday after the bloody events of the Thursday in the Tayouneh area of Beirut, the number of victims has rose to seven after one of the wounded has died in the hospital overnight, the health authorities confirmed, the toll was six yesterday.

The violence was explode when unknown snipers was shooting from the roofs on the protesters of Hezbollah and Amal movement who was going to the Justice Palace against the judge Tarek Bitar, after that armed men of the two parties respond by firing with the rockets RPG and kalashnikov, the clashes have last for hours in the streets between Chiyah and Ain el-Remmaneh, a very symbolic line of the civil war of 1975.

The Lebanese Forces of Samir Geagea rejected totally the accusations against them. The Lebanese army have said it arrest nine persons and that the investigation continue. Funerals of the victims took place on Friday with shooting in air, Hezbollah leader Hassan Nasrallah is expected to speak in the coming days.

Schools and the shops in the area has stay closed in the Friday.

Source link

Share this:
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], LF, HEZ_AMAL, "2021-10-14", None, TAYOUNEH, (6, 7),
           same_as="lebanon-tayouneh-clashes-2021-10-14/e1", note="toll 6 then 7"),
        ev("e2", STRAT, ARRESTS, actor("Military Forces of Lebanon", "Lebanese army", "army", code="LBN"), LF,
           "2021-10-14", P11, TAYOUNEH, optional=True, note="nine arrested, undated"),
    ])

# ==== 12. Izeh and Isfahan (official statement paraphrase) ====================================================
P12 = wd("2022-11-17", "Thursday")
doc("iran-izeh-isfahan-statement-2022-11-17", P12, "Persian Gulf Monitor",
    "Iranian officials: 'terrorists' killed seven in Izeh market, two Basij members killed in Isfahan",
    "official statement paraphrase",
    """The following is a paraphrase of statements issued on Wednesday night and Thursday by the security council of Khuzestan province and the police command of Isfahan province, as carried by Iran's official news agency.

1. On the evening of Wednesday, 16 November, two terrorists riding a motorcycle opened fire with automatic weapons on people and on security personnel gathered in the main market of Izeh. As a result of this cowardly act, five of our dear citizens, among them a woman and a child, were martyred, and a number of others, including members of the security forces, were wounded and taken to hospital.

2. According to the updated statement of the provincial deputy governor for security affairs on Thursday, the number of martyrs of the Izeh incident has reached seven, including two children.

3. The perpetrators are linked to the rioters and to enemies of the Islamic Republic who seek to spread insecurity. The security and intelligence forces have identified the elements behind the attack, and they will be pursued and punished.

4. On the same evening, in Isfahan, rioters riding motorcycles fired on members of the Basij and of the police who were on duty to maintain order. Two Basij members were martyred and two police officers were wounded.

5. The people are asked not to pay attention to rumours spread by hostile media, which attribute these crimes to the security forces.

Note: Relatives of a nine-year-old boy killed in Izeh have said on social media that security forces fired on their car; the authorities deny this. Iran has been shaken by protests since the death in custody of a young woman, Mahsa Amini, in September.
""",
    [
        ev("e1", VAC, ATTACK, either(IZEH_ATT, IRN_SF), civ("IRN", "citizens", "shoppers", "child", "children"),
           wd("2022-11-16", "Wednesday"), None, IZEH, (5, 7),
           note="5 in the first statement, 7 in the update; officials blame 'terrorists', relatives the security forces"),
        ev("e2", [VAC, BATTLES, RIOTS], [ATTACK, CLASH, VIOLENT], either(rioters("IRN", "armed rioters", "motorcyclists"), UNID),
           IRN_SF, "2022-11-16", None, ISFAHAN, (2, 2), note="two Basij members killed, two police wounded"),
    ])

# ==== 13. Tripoli, August 2022 ================================================================================
P13 = wd("2022-08-28", "Sunday")
doc("libya-tripoli-clashes-2022-08-28", P13, "Maghreb Post Wire",
    "Tripoli clashes kill 32 as rival governments fight for the capital",
    "wire",
    """TRIPOLI, Aug 28 (Maghreb Post Wire) - Fighting between armed groups backing Libya's two rival prime ministers killed 32 people and wounded 159 in Tripoli, the health ministry said on Sunday, the worst violence in the capital in two years.

Clashes broke out late on Friday night in central Tripoli and raged through Saturday, with heavy weapons fired in residential streets. Smoke rose over the city and hospitals appealed for blood. Among the dead was Mustafa Baraka, a comedian known for videos mocking corruption and militia rule, who was shot in the chest.

The fighting pitted forces loyal to Abdulhamid Dbeibah, head of the Tripoli-based Government of National Unity, against groups that back Fathi Bashagha, whom the eastern-based parliament named prime minister in March. By Saturday evening Dbeibah's allies had overrun the bases of the Tripoli Revolutionaries Brigade, whose commander Haitham Tajouri had sided with Bashagha, and a column of Bashagha's supporters from the western mountains that had tried to advance on the capital turned back. Calm returned on Sunday.

Bashagha, who runs his government from Sirte, accused Dbeibah of clinging to power. Dbeibah's office said the attack on Tripoli had failed and that there would be no negotiations with those who sought power by force.

It was Bashagha's second failed attempt to take up office in the capital. On May 17, he entered Tripoli before dawn with a convoy of fighters, but left within hours after gunfire erupted around the area where he was staying.

The United Nations called for an immediate ceasefire and said the fighting had damaged homes and hospitals.
""",
    [
        ev("e1", BATTLES, CLASH, either(LBY_GNU, LBY_GNS), either(LBY_GNS, LBY_GNU), wd("2022-08-26", "Friday"),
           wd("2022-08-27", "Saturday"), TRIPOLI, (32, 32),
           note="late Friday night through Saturday; 32 killed (health ministry), incl. the comedian"),
        ev("e2", BATTLES, [OVERTAKE, CLASH], LBY_GNU, LBY_GNS, "2022-08-27", None, TRIPOLI, optional=True,
           note="bases of the Tripoli Revolutionaries Brigade overrun (component of e1)"),
        ev("e3", BATTLES, CLASH, either(LBY_GNS, LBY_GNU), either(LBY_GNU, LBY_GNS), wd("2022-05-17", "Tuesday"), None,
           TRIPOLI, None, note="May 17: Bashagha's convoy entered, gunfire, left within hours (no figure)"),
    ])

# ==== 14. Sudan, November 17 2021 ==============================================================================
P14 = wd("2021-11-18", "Thursday")
doc("sudan-khartoum-protests-2021-11-18", P14, "Nile Valley Tribune",
    "Fifteen killed in deadliest day of protests since Sudan's coup, doctors say",
    "newspaper",
    """KHARTOUM - Sudanese security forces killed 15 people on Wednesday as tens of thousands marched against last month's military coup, most of them in Khartoum North, the Central Committee of Sudanese Doctors said, the highest toll on a single day since the generals seized power.

The doctors' group, which is aligned with the protest movement, said most of the victims were shot in the head, neck or chest. Protesters also marched in Omdurman and in central Khartoum, where security forces fired tear gas to keep crowds away from the presidential palace. Mobile phone lines and the internet were cut for much of the day.

The police said in a statement that they had used only tear gas, that 89 officers had been injured by protesters, and that one civilian had died. The statement did not explain the other deaths reported by doctors and witnesses.

The doctors' committee says 39 people have been killed by security forces since the coup began. On October 25, General Abdel Fattah al-Burhan dissolved the civilian-led cabinet, declared a state of emergency and had Prime Minister Abdalla Hamdok and several ministers detained; troops fired on crowds who poured into the streets of Khartoum that day, killing seven people, according to the doctors. On October 30, three people were shot dead in Omdurman during a march of hundreds of thousands across the country.

Hamdok has since been allowed to return home, where he remains under guard. The United States and the African Union have demanded he be reinstated. Neighbourhood resistance committees have promised more marches and say they will accept no partnership with the military.
""",
    [
        ev("e1", PROTESTS, EXCESSIVE, SDN_PROT, SDN_SF, wd("2021-11-17", "Wednesday"), None, KHARTOUM_N, (1, 15),
           note="15 per the doctors (most in Khartoum North); police admit 1 death: {1, 15}"),
        ev("e2", PROTESTS, ["Protest with intervention", EXCESSIVE], SDN_PROT, SDN_SF, "2021-11-17", None, KHARTOUM,
           optional=True, note="tear gas near the palace in central Khartoum (deaths not split by place)"),
        ev("e3", PROTESTS, [PEACEFUL, EXCESSIVE], SDN_PROT, None, "2021-11-17", None, OMDURMAN, optional=True,
           note="marches in Omdurman the same day"),
        ev("e4", STRAT, [OTHER, ARRESTS], either(SDN_SF, actor("Abdel Fattah al-Burhan", "Burhan", "generals", "military")),
           actor("Government of Sudan", "Abdalla Hamdok", "Hamdok", "cabinet", "civilian-led cabinet", "ministers",
                 code="SDN"), wd("2021-10-25", "Monday"), None, KHARTOUM, None,
           note="the coup: cabinet dissolved, Hamdok and ministers detained"),
        ev("e5", PROTESTS, EXCESSIVE, SDN_PROT, SDN_SF, "2021-10-25", None, KHARTOUM, (7, 7),
           note="troops fired on crowds on coup day, 7 killed"),
        ev("e6", PROTESTS, EXCESSIVE, SDN_PROT, SDN_SF, wd("2021-10-30", "Saturday"), None, OMDURMAN, (3, 3),
           note="October 30 march, 3 shot dead in Omdurman"),
        tally("t1", SDN_SF, SDN_PROT, "2021-10-25", P14, place(["Sudan"], "SDN"), None, optional=True,
              note="'39 people have been killed since the coup': a death count, not incidents"),
    ])

# ==== 15. Bamenda (wire brief) ================================================================================
P15 = wd("2021-10-15", "Friday")
doc("cameroon-bamenda-girl-shot-brief-2021-10-15", P15, "Grassfields Wire",
    "Crowd lynches Cameroon gendarme who shot schoolgirl in Bamenda",
    "wire brief",
    """BAMENDA, Cameroon, Oct 15 (Grassfields Wire) - A gendarme shot dead a five-year-old girl on her way to school in Bamenda on Thursday, and an angry crowd then beat him to death in revenge for the killing, officials in Cameroon's North-West region said.

The gendarme fired at a car at a checkpoint in the Mile 4 Nkwen neighbourhood after its driver refused to pay a bribe, witnesses said. The girl, sitting in the back, was hit in the head. The regional governor said the officer would have faced justice. Separatist fighters have fought government forces in the English-speaking regions since 2017.
""",
    [
        ev("e1", VAC, ATTACK, CMR_GEND, civ("CMR", "girl", "schoolgirl", "five-year-old girl", "child"),
           wd("2021-10-14", "Thursday"), None, BAMENDA, (1, 1), note="gendarme fired at the car at a checkpoint"),
        ev("e2", RIOTS, MOB, CMR_MOB, CMR_GEND, "2021-10-14", None, BAMENDA, (1, 1), responds_to=["e1"],
           note="crowd beat the gendarme to death 'in revenge for the killing'"),
    ])

# ==== 16. Negative: the fall of the Barnier government =========================================================
P16 = wd("2024-12-05", "Thursday")
doc("politics-france-barnier-falls-2024-12-05", P16, "The Continental Ledger",
    "Barnier felled after 91 days as left and far right join forces",
    "politics (negative: metaphors)",
    """PARIS - It was an execution foretold. Michel Barnier's government, the shortest-lived of France's Fifth Republic, was shot down on Wednesday evening when 331 deputies of the left-wing alliance and Marine Le Pen's National Rally voted together to topple it, three months after it took office.

The fatal blow came over the budget. Barnier, a veteran negotiator, had forced his social security bill through the National Assembly without a vote on Monday, knowing that the opposition would answer with a censure motion. Le Pen had fired warning shots for weeks, demanding concessions on pensions and medicine costs; the prime minister made some, but in the end she pulled the trigger.

Barnier's allies called the vote a suicide pact between two camps that agree on nothing, and warned that the markets would punish France. The left's leaders said they had killed a budget of austerity, not the country. "We did not bring down the government; it brought itself down," one Socialist deputy said after the result was announced, to cheers and jeers in an Assembly under siege from every side.

President Emmanuel Macron, who had triggered the crisis by calling snap elections in June, is now besieged himself. He is due to address the nation on Thursday evening and has ruled out resigning. Aides said he wanted to name a new prime minister within days, but the arithmetic is brutal: no bloc has a majority, and any successor could be ambushed in the same way.

Investors had braced for the storm. The gap between French and German borrowing costs widened to its highest in twelve years last week, and ratings agencies have France in their sights. A special law will be needed to keep the state running into January, the budget minister said.

For Barnier, 73, the battle is over. He made a dignified exit, telling deputies that the difficulties would not disappear by the magic of a censure motion.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

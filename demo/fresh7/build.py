"""Write demo/fresh7/docs.jsonl and demo/fresh7/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh7/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public incidents
(2015-2025) in the United States, France, Spain, Northern Ireland, Ukraine, Mexico and Haiti, in our own words,
written as of their `published` date from facts in public reporting, simplified where unsure. Outlets are
fictional with `.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows
shared/contract/README.md and the "Gold conventions" of demo/README.md; weekdays are asserted with wd().
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import AGREEMENT, ARRESTS, ATTACK, BATTLES, CLASH, IED, LOOT, MISSILE, OTHER, RIOTS, STRAT, VAC, VIOLENT, REMOTE  # noqa: E402
from gold_kit import noted_ev as ev  # noqa: E402

SET = gold_kit.BlindSet()
DOCS, doc = SET.docs, SET.doc


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


# ---- actors -------------------------------------------------------------------------------------
US_POLICE = actor("Police Forces of the United States", "Police Forces of the United States (2021-)",
                  "Kenosha police", "police", "police officer", "officers", "Kenosha Police Department",
                  "New Orleans police", "law enforcement", code="USA")
US_RIOT = actor("Rioters (United States)", "rioters", "protesters", "demonstrators", "crowd", "Protesters (United States)")
RITTENHOUSE = actor("Kyle Rittenhouse", "17-year-old gunman", "gunman", "armed civilian", "teenager",
                    "Militia (Kenosha)", "armed men")
JABBAR = actor("Shamsud-Din Jabbar", "Jabbar", "driver", "attacker", "suspect", "Islamic State", "IS",
               "Army veteran", "Unidentified Armed Group (United States)")
FR_POLICE = actor("Police Forces of France", "Police Forces of France (2017-)", "French police", "police",
                  "police officer", "motorcycle officer", "officers", "gendarmes", "riot police", code="FRA")
FR_RIOT = actor("Rioters (France)", "rioters", "youths", "young people", "protesters", "Protesters (France)", "looters")
ES_POLICE = actor("Police Forces of Spain", "Mossos d'Esquadra", "Catalan police", "Catalan regional police",
                  "police", "officers", "Police Forces of Spain (2018-) Mossos d'Esquadra", code="ESP")
RIPOLL = actor("Islamic State", "IS", "ISIS", "Ripoll cell", "jihadist cell", "attackers", "suspects",
               "Younes Abouyaaqoub", "Abouyaaqoub", "driver", "van driver", "Amaq")
PSNI = actor("Police Forces of the United Kingdom", "Police Service of Northern Ireland", "PSNI", "police",
             "officers", "Police Forces of the United Kingdom (2019-) Police Service of Northern Ireland", code="GBR")
NIRA = actor("New IRA", "New Irish Republican Army", "violent dissident republicans", "dissident republicans",
             "gunman", "Real IRA")
NI_RIOT = actor("Rioters (United Kingdom)", "rioters", "youths", "crowd", "Protesters (United Kingdom)",
                "violent dissident republicans")
RUS = actor("Military Forces of Russia", "Military Forces of Russia (2000-)", "Russia", "Russian military",
            "Russian forces", "Moscow", "Russian army", "Russian defence ministry", "Iskander", code="RUS")
MX_ARMY = actor("Military Forces of Mexico", "Military Forces of Mexico (2012-2018)", "Mexican army", "army",
                "soldiers", "military", "Sedena", "defence ministry", "security forces", "federal forces", code="MEX")
CJNG = actor("CJNG", "Jalisco New Generation Cartel", "Cartel Jalisco Nueva Generacion", "Jalisco cartel",
             "cartel gunmen", "gunmen", "cartel", "El Mencho", "Nemesio Oseguera")
MX_POLICE = actor("Police Forces of Mexico", "Mexico City police", "police chief", "Omar Garcia Harfuch",
                  "bodyguards", "state police", "Michoacan state police", "police", code="MEX")
HT_GANGS = actor("Viv Ansanm", "gangs", "armed gangs", "gang members", "G9", "G-Pep", "Jimmy Cherizier",
                 "Barbecue", "Unidentified Gang (Haiti)")
HT_STATE = actor("Police Forces of Haiti", "Haitian National Police", "police", "prison guards", "Haiti",
                 "government", "Ariel Henry", code="HTI")
KEN = actor("Government of Kenya", "Kenya", "William Ruto", "Nairobi", code="KEN")

# ---- places --------------------------------------------------------------------------------------
KENOSHA = place(["Kenosha", "Kenosha, Wisconsin", "Wisconsin", "Uptown"], "USA", 42.585, -87.821)
NANTERRE = place(["Nanterre", "Place Nelson Mandela", "Paris suburb", "Hauts-de-Seine"], "FRA", 48.892, 2.207)
FRANCE = place(["France", "across France", "towns across France", "Paris region", "Lyon", "Marseille"], "FRA")
NOLA = place(["New Orleans", "Bourbon Street", "French Quarter", "Canal Street", "Louisiana"], "USA", 29.958, -90.065)
LAS_VEGAS = place(["Las Vegas", "Trump International Hotel", "Nevada"], "USA", 36.129, -115.171)
RAMBLAS = place(["Barcelona", "Las Ramblas", "La Rambla", "Placa de Catalunya", "Catalonia"], "ESP", 41.381, 2.173)
CAMBRILS = place(["Cambrils", "Cambrils seafront", "Tarragona province", "Catalonia"], "ESP", 41.067, 1.060)
ALCANAR = place(["Alcanar", "Tarragona province", "Catalonia"], "ESP", 40.543, 0.481)
SUBIRATS = place(["Subirats", "Sant Sadurni d'Anoia", "vineyards", "Catalonia"], "ESP", 41.400, 1.817)
PEDRALBES = place(["Barcelona", "Diagonal Avenue", "Avinguda Diagonal", "Sant Just Desvern", "Palau Reial"], "ESP",
                  41.388, 2.116)
CREGGAN = place(["Creggan", "Fanad Drive", "Derry", "Londonderry", "Northern Ireland"], "GBR", 55.005, -7.335)
HROZA = place(["Hroza", "Groza", "Kupiansk district", "Kharkiv region"], "UKR", 49.630, 37.890)
KHARKIV = place(["Kharkiv", "Kharkiv city", "Kharkiv region"], "UKR", 49.993, 36.231)
SUMY = place(["Sumy", "Sumy city centre", "Pokrovska Street", "Sumy State University", "Sumy region"], "UKR",
             50.907, 34.798)
PURIFICACION = place(["Villa Purificacion", "Villa Purificación", "Jalisco", "western Jalisco"], "MEX", 19.720, -104.600)
JALISCO = place(["Guadalajara", "Jalisco", "Jalisco state", "Colima", "Michoacan", "Guanajuato"], "MEX")
CDMX = place(["Mexico City", "Lomas de Chapultepec", "Paseo de la Reforma", "Reforma"], "MEX", 19.428, -99.205)
AGUAJE = place(["El Aguaje", "Aguililla", "Michoacan", "Michoacán"], "MEX", 18.900, -102.730)
PAP_PRISON = place(["National Penitentiary", "Port-au-Prince", "downtown Port-au-Prince"], "HTI", 18.540, -72.340)
NAIROBI = place(["Nairobi", "Kenya"], "KEN", -1.286, 36.817)

BLAKE = actor("Civilians (United States)", "Jacob Blake", "Blake", "Black man", "civilians", "Civilians")
NAHEL = actor("Civilians (France)", "Nahel M.", "Nahel", "17-year-old", "teenager", "driver", "civilians", "Civilians")
LYRA = actor("Civilians (United Kingdom)", "Lyra McKee", "journalist", "civilians", "Civilians")

# =========================================================================================================
# 1. Kenosha, garbled copy
P = "2020-08-24"
doc("us-kenosha-blake-garbled-2020-08-24", P, "Daily Trend Newsline",
    "Kenosha: Black man shooted in the back by police, city is burning overnight", "garbled copy",
    """A black man has been shooted multiple times in his back by police officer in the city of Kenosha of Wisconsin state on Sunday afternoon while he was getting into his vehicle, and he is now in the serious condition in a hospital of Milwaukee, the officials has confirmed.

The man, identified like Jacob Blake 29, was shot about seven time while his three children was sitting in the car, according to his family lawyer. A video filmed by the neighbour is spreading on the social media and it shows officers following him around the SUV with guns pointing.

In answer to the shooting hundreds of protesters have gathered in the street in the same evening and the protest turned into unrest in the night, the demonstrators torching several cars of a dealership and throwing bricks at the officers who was replying with tear gas and rubber bullets. The county declared the emergency curfew for the Monday night.

Wisconsin Governor Tony Evers condemned the shooting and the Wisconsin Department of Justice is investigating the incident, the officers involved was put on administrative leave.

Source link
Share this:
""",
    [
        ev("e1", VAC, ATTACK, US_POLICE, BLAKE, wd("2020-08-23", "Sunday"), None, KENOSHA, (0, 0),
           note="police shot Blake seven times; he survived (critical): 0 dead"),
        ev("e2", RIOTS, VIOLENT, US_RIOT, US_POLICE, "2020-08-23", P, KENOSHA, None, responds_to=["e1"],
           note="'In answer to the shooting' protest turned into unrest in the night of 23-24 August: cars torched, "
                "bricks; police tear gas. No casualties stated: null"),
    ])

# 2. Kenosha, live blog
P = "2020-08-26"
doc("us-kenosha-shooting-liveblog-2020-08-26", P, "Lakeshore Live",
    "Live: Two dead after shooting on third night of Kenosha unrest; teenager arrested", "live blog (GMT, newest first)",
    """LIVE UPDATES - Kenosha unrest

1805 GMT - Kenosha County prosecutors say the 17-year-old has been charged with first-degree intentional homicide. He turned himself in to police in his home town of Antioch, Illinois, about 15 miles from Kenosha, early on Wednesday and is held there pending extradition to Wisconsin.

1540 GMT - Governor Tony Evers says 500 National Guard troops will be deployed to Kenosha, double the number sent on Monday.

1320 GMT - Police chief Daniel Miskinis said the curfew was broken and that a group of armed people had gone to the streets to protect businesses. Videos show a young man with a rifle walking past police vehicles with his hands up after the shooting.

1115 GMT - What we know: two people were killed and a third was wounded, shot in the arm, near a petrol station and a car lot in Kenosha shortly before midnight on Tuesday, during a third night of protests over the police shooting of Jacob Blake. Witnesses say the gunman was among a group of armed civilians who said they were guarding property.

1030 GMT - Quick recap: Blake, 29, was shot seven times in the back by a police officer on Sunday as he leaned into his car. His family says he is paralysed from the waist down. Protests that night and on Monday saw buildings and vehicles set on fire in the city's Uptown district.
""",
    [
        ev("e1", VAC, ATTACK, RITTENHOUSE, civ("United States", "protesters", "demonstrators"),
           wd("2020-08-25", "Tuesday"), None, KENOSHA, (2, 2),
           note="two killed, one wounded 'shortly before midnight on Tuesday'. Victims protesters: Attack; a coder "
                "might call it Armed clash (one victim had a pistol, not stated here)"),
        ev("e2", STRAT, ARRESTS, US_POLICE, RITTENHOUSE, "2020-08-26", None,
           place(["Antioch", "Antioch, Illinois", "Illinois"], "USA", 42.477, -88.096), None, optional=True,
           note="the 17-year-old turned himself in and was held on Wednesday"),
        ev("e3", RIOTS, VIOLENT, US_RIOT, US_POLICE, "2020-08-24", "2020-08-25", KENOSHA, None,
           responds_to=["us-kenosha-blake-garbled-2020-08-24/e1"],
           note="Monday night (and the third night): protests 'over the police shooting of Jacob Blake', arson "
                "(cross-report link); range covers Monday and Tuesday nights"),
        ev("e4", VAC, ATTACK, US_POLICE, BLAKE, "2020-08-23", None, KENOSHA, (0, 0), optional=True,
           same_as="us-kenosha-blake-garbled-2020-08-24/e1", note="recalled; paralysed, not killed"),
    ])

# 3. Nanterre, wire
P = "2023-06-29"
doc("france-nanterre-shooting-wire-2023-06-29", P, "Continental Press Wire",
    "France braces for third night of riots after police kill teenager at traffic stop", "wire",
    """PARIS, June 29 (Continental Press Wire) - France deployed 40,000 police officers on Thursday to contain a third night of rioting after a police officer shot dead a 17-year-old driver at a traffic stop in the Paris suburb of Nanterre, a killing caught on video that has revived anger over police conduct in poor neighbourhoods.

The teenager, identified as Nahel M., was shot in the chest at point-blank range on Tuesday morning as he pulled away from two motorcycle officers who had stopped his yellow Mercedes. Police initially said the car had driven at the officers, but a video circulating online showed one of them aiming a pistol at the driver through the window. The officer has been charged with voluntary homicide and placed in custody.

Unrest broke out in Nanterre on Tuesday evening, with youths setting cars and bins alight and firing fireworks at police, who responded with tear gas. It spread on Wednesday night to towns across France, where town halls, schools and police stations were attacked. The interior ministry said 150 people were arrested overnight and 170 officers were injured, none seriously.

President Emmanuel Macron called the shooting inexplicable and inexcusable. A march in the teenager's memory was held in Nanterre on Thursday afternoon.
""",
    [
        ev("e1", VAC, ATTACK, FR_POLICE, NAHEL, wd("2023-06-27", "Tuesday"), None, NANTERRE, (1, 1),
           note="teenager shot dead by a motorcycle officer at a traffic stop"),
        ev("e2", RIOTS, VIOLENT, FR_RIOT, FR_POLICE, "2023-06-27", "2023-06-28", NANTERRE, None, responds_to=["e1"],
           note="Tuesday evening unrest in Nanterre after the killing"),
        ev("e3", RIOTS, VIOLENT, FR_RIOT, FR_POLICE, "2023-06-28", P, FRANCE, (0, 0), responds_to=["e1"],
           note="Wednesday night across France; 150 arrested, 170 officers hurt 'none seriously': 0 dead"),
        ev("e4", STRAT, ARRESTS, FR_POLICE, FR_RIOT, "2023-06-28", P, FRANCE, None, optional=True,
           note="150 arrests overnight"),
    ])

# 4. French riots, garbled copy
P = "2023-07-01"
doc("france-riots-fourth-night-garbled-2023-07-01", P, "EuroBuzz Info Hub",
    "France: more than 1300 arrested in fourth night of violences, shops looted in Marseille", "garbled copy",
    """French authorities has arrested 1,311 persons in the fourth night of the violences which shaken the country from Friday to Saturday, the interior minister Gerald Darmanin have said on Saturday morning, and 79 police and gendarmes got injured during the night.

Youths who are angry about the dead of the teen Nahel, killed by police man in Nanterre last Tuesday morning, have burned over 1,350 vehicles and 234 buildings, and the looters was breaking into shops in the centre of Marseille and Lyon, a gun shop in Marseille being also emptied of hunting rifles, the local officials told. The riots were done as the revenge for the killing of the teenager, youth in the suburbs said to journalists.

Darmanin praised the forces and said the night was calmer than before. The funeral of Nahel should happen on Saturday in Nanterre.

The mother of the teenager is saying she is not angry at police but only at one officer which took the life of her son.

Source link
Share this:
Related: Macron leaves EU summit early
""",
    [
        ev("e1", RIOTS, VIOLENT, FR_RIOT, FR_POLICE, wd("2023-06-30", "Friday"), P, FRANCE, None,
           responds_to=["france-nanterre-shooting-wire-2023-06-29/e1"],
           note="fourth night; 'as the revenge for the killing' (cross-report link); 79 officers hurt, no deaths stated"),
        ev("e2", STRAT, LOOT, FR_RIOT, civ("France", "shops", "gun shop"), "2023-06-30", P,
           place(["Marseille", "centre of Marseille"], "FRA", 43.296, 5.370), None, optional=True,
           note="looting of shops and a gun shop in Marseille (part of the riots; optional)"),
        ev("e3", STRAT, ARRESTS, FR_POLICE, FR_RIOT, "2023-06-30", P, FRANCE, None, optional=True,
           note="1,311 arrests"),
        ev("e4", VAC, ATTACK, FR_POLICE, NAHEL, wd("2023-06-27", "Tuesday"), None, NANTERRE, (1, 1),
           same_as="france-nanterre-shooting-wire-2023-06-29/e1", note="recalled, 'last Tuesday morning'"),
    ])

# 5. New Orleans, brief
P = "2025-01-01"
doc("us-new-orleans-truck-brief-2025-01-01", P, "Gulf Coast Wire",
    "Truck drives into New Year crowd in New Orleans, 10 killed", "wire brief",
    """NEW ORLEANS, Jan 1 (Gulf Coast Wire) - At least 10 people were killed and 35 injured when a man drove a pickup truck into a crowd celebrating the New Year on Bourbon Street in New Orleans' French Quarter early on Wednesday, then opened fire on police, officials said. The driver was killed in an exchange of gunfire with officers; two police officers were wounded. Police superintendent Anne Kirkpatrick said the man had been trying to run over as many people as he could. The FBI said it was investigating the attack as an act of terrorism.
""",
    [
        ev("e1", VAC, ATTACK, JABBAR, civ("United States", "crowd", "revellers", "New Year crowd"),
           wd(P, "Wednesday"), None, NOLA, (11, 11),
           note="10 killed + the driver shot dead by police = 11; 35 injured, two officers wounded"),
    ])

# 6. New Orleans, wire next day
P = "2025-01-02"
doc("us-new-orleans-truck-wire-2025-01-02", P, "Continental Press Wire",
    "New Orleans attacker was Army veteran inspired by Islamic State, FBI says; toll rises to 14", "wire",
    """NEW ORLEANS, Jan 2 (Continental Press Wire) - The man who rammed a pickup truck into New Year revellers in New Orleans, killing 14 people, was a U.S. Army veteran from Texas who had posted videos pledging support for Islamic State hours before the attack, the FBI said on Thursday.

Shamsud-Din Jabbar, 42, drove a rented Ford truck around a police barricade and down Bourbon Street at about 3:15 a.m. on Wednesday, striking dozens of people before he crashed, got out and fired at officers, who shot him dead. An Islamic State flag was found in the vehicle, and investigators found two improvised explosive devices in coolers left in the French Quarter, which were made safe. About 35 people were injured.

The FBI said on Thursday it now believed Jabbar had acted alone, a day after saying it did not think he was the only person responsible.

Federal agents were also examining whether there was any connection with a Tesla Cybertruck that exploded outside the Trump International Hotel in Las Vegas on Wednesday morning, killing the driver and slightly injuring seven people. Officials said on Thursday they had found no definitive link.
""",
    [
        ev("e1", VAC, ATTACK, JABBAR, civ("United States", "revellers", "New Year revellers"), "2025-01-01", None, NOLA,
           (15, 15), same_as="us-new-orleans-truck-brief-2025-01-01/e1", note="14 killed + the attacker shot dead"),
        ev("e2", STRAT, "Disrupted weapons use", US_POLICE, JABBAR, "2025-01-01", None, NOLA, None, optional=True,
           note="two IEDs in coolers made safe"),
        ev("e3", REMOTE, IED, actor("Matthew Livelsberger", "driver", "Unidentified Armed Group (United States)"),
           civ("United States"), "2025-01-01", None, LAS_VEGAS, (1, 1), optional=True,
           note="Cybertruck explosion in Las Vegas, driver dead, 7 slightly hurt; not clearly political violence"),
    ])

# 7. Barcelona, wire
P = "2017-08-18"
doc("spain-barcelona-cambrils-wire-2017-08-18", P, "Iberia News Agency",
    "Van kills 13 on Barcelona's Ramblas; police shoot dead five in second attack at Cambrils", "wire",
    """BARCELONA, Aug 18 (Iberia News Agency) - Spanish police hunted on Friday for the driver of a van that ploughed into crowds on Barcelona's Las Ramblas boulevard, killing 13 people, hours after officers shot dead five suspected militants who drove into pedestrians in the seaside town of Cambrils.

The white van mounted the pavement on the tree-lined Ramblas at about 5 p.m. on Thursday and zigzagged for some 500 metres through tourists and locals, leaving bodies strewn along the boulevard. More than 100 people from 34 countries were injured, 15 of them seriously. The driver fled on foot. Islamic State claimed responsibility through its Amaq agency.

In Cambrils, 120 km to the south, an Audi car rammed pedestrians on the seafront shortly after 1 a.m. on Friday. The five occupants, wearing what turned out to be fake explosive belts, got out and attacked people with knives before a Catalan police officer shot four of them; the fifth died soon after. A woman stabbed in the attack died later in hospital, and six other civilians and an officer were hurt.

Police linked both attacks to an explosion that destroyed a house in Alcanar on Wednesday night, killing one person, which they now believe was a bomb-making site for a cell planning a bigger attack. Three people have been arrested, two of them on Thursday.
""",
    [
        ev("e1", VAC, ATTACK, RIPOLL, civ("Spain", "tourists", "pedestrians", "crowds"), wd("2017-08-17", "Thursday"),
           None, RAMBLAS, (13, 13), note="van ramming; 13 dead, 100+ injured; driver fled"),
        ev("e2", VAC, ATTACK, RIPOLL, civ("Spain", "pedestrians", "woman"), wd(P, "Friday"), None, CAMBRILS, (6, 6),
           note="1 woman + 5 attackers shot dead by police = 6. Accept Armed clash (police shot the attackers)"),
        ev("e3", [REMOTE, STRAT], [IED, OTHER], RIPOLL, None, wd("2017-08-16", "Wednesday"), "2017-08-17", ALCANAR,
           (1, 1), optional=True, note="accidental blast at the cell's bomb house, 'Wednesday night'"),
        ev("e4", STRAT, ARRESTS, ES_POLICE, RIPOLL, "2017-08-17", P, place(["Ripoll", "Alcanar", "Catalonia"], "ESP"),
           None, optional=True, note="three arrested, two on Thursday; places not given"),
    ])
SET.accept(1, [VAC, BATTLES], [ATTACK, CLASH])

# 8. Subirats, police statement paraphrase
P = "2017-08-21"
doc("spain-subirats-police-statement-2017-08-21", P, "Catalonia Today",
    "Mossos say Ramblas driver shot dead near Subirats after four-day manhunt", "police press release paraphrase",
    """The Mossos d'Esquadra, Catalonia's regional police, said in a statement on Monday afternoon that officers had shot dead Younes Abouyaaqoub, the 22-year-old Moroccan man they believe drove the van in last Thursday's attack on Las Ramblas.

According to the force, a resident alerted officers after seeing a man in a rural area near the town of Subirats, about 45 km west of Barcelona. When two officers approached him at about 4 p.m., he shouted a religious phrase and opened his shirt to reveal what looked like an explosive belt. The officers fired, killing him. A bomb disposal robot later confirmed the belt was fake.

The police also confirmed that Abouyaaqoub stabbed to death a young man, Pau Perez, on Thursday while stealing his car to escape from Barcelona, and rammed his way through a police checkpoint on the Diagonal avenue. The victim's body was found in the car in Sant Just Desvern. The death brings the number of people killed in the Barcelona and Cambrils attacks to 15.

The force said the twelve-member cell, based in the town of Ripoll, had been dismantled: eight of its members are dead and four are in custody.
""",
    [
        ev("e1", BATTLES, CLASH, ES_POLICE, RIPOLL, wd(P, "Monday"), None, SUBIRATS, (1, 1),
           note="suspect shot dead by police (fake belt). Accept Attack or Arrests-like: event_type list"),
        ev("e2", VAC, ATTACK, RIPOLL, civ("Spain", "Pau Perez", "young man"), wd("2017-08-17", "Thursday"), None,
           PEDRALBES, (1, 1), note="carjacking stabbing during the escape; separate place from the Ramblas"),
        ev("e3", VAC, ATTACK, RIPOLL, civ("Spain"), "2017-08-17", None, RAMBLAS, (13, 13), optional=True,
           same_as="spain-barcelona-cambrils-wire-2017-08-18/e1",
           note="recalled 'last Thursday'; only the total of 15 across attacks is given here"),
    ])
SET.accept(0, [BATTLES, VAC], [CLASH, ATTACK])

# 9. Derry, police statement paraphrase
P = "2019-04-19"
doc("uk-derry-psni-statement-2019-04-19", P, "Foyle Bulletin",
    "Police treat killing of journalist in Derry as terrorist incident, blame New IRA", "police statement paraphrase",
    """The Police Service of Northern Ireland said on Friday it was treating the killing of journalist Lyra McKee in Londonderry as a terrorist incident and that it believed the New IRA was most likely responsible.

In a statement and at a news conference, Assistant Chief Constable Mark Hamilton said officers had gone into the Creggan area on Thursday evening to search homes for firearms and explosives, to prevent attacks by violent dissident republicans over the Easter weekend. Rioting broke out in response to the searches. More than 50 petrol bombs were thrown at police and two cars were hijacked and set alight on Fanad Drive.

Shortly after 11 p.m. a gunman fired a number of shots towards officers. Ms McKee, 29, who was standing near a police Land Rover observing the disorder, was hit. She was taken to hospital in a police vehicle but died. No officers were injured.

Police said they had recovered no weapon and appealed for people who filmed the disorder on their phones to hand over footage. The killing was condemned by all the main parties, whose leaders visited the Creggan on Friday.
""",
    [
        ev("e1", STRAT, OTHER, PSNI, None, wd("2019-04-18", "Thursday"), None, CREGGAN, None, optional=True,
           note="police search operation for weapons (no violence)"),
        ev("e2", RIOTS, VIOLENT, NI_RIOT, PSNI, "2019-04-18", None, CREGGAN, None, responds_to=["e1"],
           note="'Rioting broke out in response to the searches'; petrol bombs, cars hijacked and burned. The death is "
                "coded on e3; a coder might fold it into the riot"),
        ev("e3", VAC, ATTACK, NIRA, LYRA, "2019-04-18", None, CREGGAN, (1, 1),
           note="shots fired towards police shortly after 11 p.m. killed McKee. Accept Armed clash (shots at police)"),
    ])
SET.accept(2, [VAC, BATTLES], [ATTACK, CLASH])

# 10. Hroza, wire
P = "2023-10-05"
doc("ukraine-hroza-strike-wire-2023-10-05", P, "Eastern Front Wire",
    "Russian missile kills 51 at wake in Ukrainian village, a sixth of its people", "wire",
    """KYIV, Oct 5 (Eastern Front Wire) - A Russian missile struck a cafe hosting a wake for a fallen soldier in the village of Hroza in Ukraine's Kharkiv region on Thursday, killing at least 51 people, including a six-year-old boy, officials said, one of the deadliest attacks on civilians since the full-scale invasion.

The strike hit at about 1:15 p.m. local time (1015 GMT) as some 60 people had gathered in the cafe and an adjoining shop to remember a local man killed in the war. Interior Minister Ihor Klymenko said an Iskander ballistic missile was the likely weapon and that every family in the village of about 330 people had lost someone. Six people were wounded.

Hroza lies in the Kupiansk district, about 30 km west of the front line. President Volodymyr Zelenskiy, speaking at a European summit in Spain, called the attack a demonstrative crime. There was no immediate comment from Moscow, which denies targeting civilians.

Rescuers were still searching the rubble on Thursday evening.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, civ("Ukraine", "mourners", "villagers"), wd(P, "Thursday"), None, HROZA,
           (51, 51), note="missile strike on a wake, 51 dead, 6 wounded"),
    ])

# 11. Hroza, garbled copy
P = "2023-10-06"
doc("ukraine-hroza-kharkiv-garbled-2023-10-06", P, "NewsWave Global",
    "Hroza: death toll reach 52 from rocket on cafe, new strike at Kharkiv kill boy and grandma", "garbled copy",
    """The death toll of the Russian missile attack against a cafe at the village Hroza in the Kharkiv oblast have increased to 52 persons, the regional governor Oleh Syniehubov said on Friday, after the rescuers finished to remove the debris of the building which was totally destroyed on yesterday afternoon.

The people were at the memorial meal for a soldier who was reburied in his home village, the officials say. The prosecutors told that the missile used was Iskander, and the village have lost almost one of every six resident.

On Friday early morning the Russian forces has also launched two missiles on Kharkiv city, and a 10-year-old boy and his grandmother was killed in the attack on the residential building, while about 30 peoples got injuries, Syniehubov said.

Kremlin spokesman refused to comment, saying that the Russian military only strikes the military objects.

Source link
Share this:
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, civ("Ukraine", "people", "villagers"), "2023-10-05", None, HROZA, (52, 52),
           same_as="ukraine-hroza-strike-wire-2023-10-05/e1", note="'yesterday afternoon', toll 52"),
        ev("e2", REMOTE, MISSILE, RUS, civ("Ukraine", "boy", "grandmother"), wd(P, "Friday"), None, KHARKIV, (2, 2),
           note="two missiles on a residential building in Kharkiv early Friday"),
    ])

# 12. Sumy, live blog
P = "2025-04-13"
doc("ukraine-sumy-palm-sunday-liveblog-2025-04-13", P, "Kyiv Morning Live",
    "Live: Russian ballistic missiles strike central Sumy on Palm Sunday", "live blog (GMT, newest first)",
    """LIVE - Missile strike on Sumy

1650 GMT - The death toll has risen to 34, including two children, the State Emergency Service says. 117 people are wounded, 15 of them children.

1420 GMT - Interim mayor Artem Kobzar declares three days of mourning in the city.

1135 GMT - Officials now say 31 people are dead and 84 wounded. The interior minister says the city was hit by two Iskander-M ballistic missiles as people were on their way to church for Palm Sunday. One hit near a university congress centre, the other struck a trolleybus on the street outside.

0915 GMT - Acting regional governor Volodymyr Artiukh says at least 21 people have been killed. Photos from the scene show bodies lying on Pokrovska Street beside burning cars and a mangled trolleybus.

0745 GMT - Reports of powerful explosions in central Sumy, about 30 km from the Russian border, at around 10:15 local time.

We will also follow reactions: President Zelenskiy has called for a firm response from the world, saying only scum act like this.
""",
    [
        ev("e1", REMOTE, MISSILE, RUS, civ("Ukraine", "churchgoers", "passengers"), wd(P, "Sunday"), None, SUMY,
           (21, 34), note="ballistic missiles on central Sumy; toll 21 -> 31 -> 34 across the blog (latest first): "
                          "low the earliest, high the latest"),
    ])

# 13. Jalisco, wire
P = "2015-05-02"
doc("mexico-jalisco-helicopter-wire-2015-05-02", P, "Pacific Coast Wire",
    "Cartel shoots down army helicopter, sets Guadalajara ablaze with blockades", "wire",
    """GUADALAJARA, Mexico, May 2 (Pacific Coast Wire) - Gunmen of the Jalisco New Generation Cartel shot down a Mexican military helicopter with a rocket-propelled grenade on Friday, killing three soldiers, and set up dozens of burning roadblocks across Guadalajara and Jalisco state in a show of force against an offensive on the gang, officials said.

The Cougar helicopter was flying over the municipality of Villa Purificacion in western Jalisco as part of an operation to capture cartel leader Nemesio Oseguera, known as El Mencho, when it was hit and made an emergency landing in flames. Three soldiers died and about a dozen were injured, the defence ministry said.

Within hours, cartel gunmen hijacked buses and trucks and set them alight to block 39 roads in the state, and torched 11 banks and five petrol stations. Governor Aristoteles Sandoval said the blockades were the cartel's reaction to the operation launched that morning, and that security forces had detained 15 people. Schools and many businesses in Mexico's second-largest city stayed shut.

The unrest spread to neighbouring Colima, Michoacan and Guanajuato.
""",
    [
        ev("e1", BATTLES, CLASH, CJNG, MX_ARMY, wd("2015-05-01", "Friday"), None, PURIFICACION, (3, 3),
           note="helicopter downed by RPG during the operation; 3 dead, about 12 injured"),
        ev("e2", STRAT, LOOT, CJNG, civ("Mexico", "banks", "petrol stations", "buses"), "2015-05-01", None, JALISCO,
           None, responds_to=["e1"], note="blockades and arson 'the cartel's reaction to the operation' (the downing "
                                          "is part of that operation). Accept Riots/Mob violence"),
        ev("e3", STRAT, ARRESTS, MX_ARMY, CJNG, "2015-05-01", None, JALISCO, None, optional=True,
           note="15 detained"),
    ])
SET.accept(1, [STRAT, RIOTS], [LOOT, "Mob violence"])

# 14. Mexico City, long-form analysis
P = "2020-06-28"
doc("mexico-harfuch-attack-analysis-2020-06-28", P, "The Hemisphere Review",
    "Analysis: The Reforma ambush and a cartel that takes the fight to the state", "long-form analysis",
    """MEXICO CITY - When more than two dozen gunmen opened fire on the armoured SUV of Mexico City's police chief on a leafy avenue in Lomas de Chapultepec at dawn on Friday, they did more than nearly kill Omar Garcia Harfuch. They showed how far the Jalisco New Generation Cartel is willing to go.

Garcia Harfuch survived with three bullet wounds. Two of his bodyguards were killed, as was a 26-year-old woman who was driving past on her way to sell food. Within hours, city police arrested 12 suspects, some of them caught in a truck with rifles and a .50-calibre weapon, and by Saturday the number detained had risen to 19. From his hospital bed, the police chief wrote on social media that the CJNG was behind the attack.

It is hardly the first time the cartel has gone after the state head-on. On 1 May 2015, its gunmen brought down an army helicopter over Villa Purificacion, in Jalisco, during a raid to capture its leader, Nemesio Oseguera, 'El Mencho'. At least six soldiers died, and the group answered the operation by burning buses and banks at roadblocks across Guadalajara.

In October last year, on the 14th, CJNG fighters ambushed a convoy of Michoacan state police at El Aguaje, near Aguililla, killing 13 officers and leaving banners signed by the cartel.

Security analysts say the Reforma attack, in one of the capital's wealthiest neighbourhoods, is a direct challenge to President Andres Manuel Lopez Obrador's 'hugs, not bullets' approach. The government says it will not be intimidated. Whether it can do more than arrest the foot soldiers is the question Mexicans are asking.
""",
    [
        ev("e1", VAC, ATTACK, CJNG, MX_POLICE, wd("2020-06-26", "Friday"), None, CDMX, (3, 3),
           note="2 bodyguards + 1 passer-by killed; chief wounded. Accept Armed clash (bodyguards returned fire, not "
                "stated here)"),
        ev("e2", STRAT, ARRESTS, MX_POLICE, CJNG, "2020-06-26", "2020-06-27", CDMX, None,
           note="12 suspects detained on Friday, 19 by Saturday: two-day range"),
        ev("e3", BATTLES, CLASH, CJNG, MX_ARMY, "2015-05-01", None, PURIFICACION, (6, 6),
           same_as="mexico-jalisco-helicopter-wire-2015-05-02/e1", note="recalled with later toll 6"),
        ev("e4", STRAT, LOOT, CJNG, civ("Mexico"), "2015-05-01", None, JALISCO, None, optional=True,
           same_as="mexico-jalisco-helicopter-wire-2015-05-02/e2",
           responds_to=["mexico-jalisco-helicopter-wire-2015-05-02/e1"],
           note="recalled: 'answered the operation' with burning roadblocks"),
        ev("e5", BATTLES, CLASH, CJNG, MX_POLICE, "2019-10-14", None, AGUAJE, (13, 13),
           note="El Aguaje ambush; victims armed police: Armed clash (accept Attack)"),
    ])
SET.accept(0, [VAC, BATTLES], [ATTACK, CLASH])
SET.accept(4, [BATTLES, VAC], [CLASH, ATTACK])

# 15. Haiti, wire
P = "2024-03-04"
doc("haiti-penitentiary-break-wire-2024-03-04", P, "Caribbean Wire Service",
    "Haiti declares state of emergency after gangs storm main prison, thousands escape", "wire",
    """PORT-AU-PRINCE, March 4 (Caribbean Wire Service) - Haiti's government declared a 72-hour state of emergency and a night curfew in the West department after armed gangs stormed the country's largest prison over the weekend, freeing most of its roughly 3,700 inmates.

Gunmen attacked the National Penitentiary in downtown Port-au-Prince late on Saturday after a day of gunfire around the capital. By Sunday the gates were open and the prison was nearly empty; journalists saw at least a dozen bodies, some with gunshot wounds, at the entrance. Officials said fewer than 100 inmates remained, among them some former Colombian soldiers held over the 2021 assassination of President Jovenel Moise, who had asked not to be freed.

Gang leader Jimmy Cherizier, known as Barbecue, said last week that the coalition of gangs would unite to topple Prime Minister Ariel Henry. Henry was abroad when the attacks began: on Friday in Nairobi he and Kenyan President William Ruto signed a reciprocal agreement meant to clear the way for Kenya to lead a multinational police mission to Haiti. His whereabouts on Monday were unclear.

The police union appealed for reinforcements, saying officers were outgunned.
""",
    [
        ev("e1", BATTLES, CLASH, HT_GANGS, HT_STATE, wd("2024-03-02", "Saturday"), "2024-03-03", PAP_PRISON, (12, 12),
           note="'late on Saturday' into Sunday; at least a dozen bodies. Accept Non-state actor overtakes territory "
                "or Attack"),
        ev("e2", STRAT, AGREEMENT, HT_STATE, KEN, wd("2024-03-01", "Friday"), None, NAIROBI, None,
           note="Henry-Ruto reciprocal agreement on a Kenyan-led police mission"),
    ])
DOCS[-1][1][0]["sub_event_type"] = [CLASH, "Non-state actor overtakes territory"]

# 16. negative: World Cup qualifier
P = "2023-11-17"
doc("sport-colombia-brazil-qualifier-2023-11-17", P, "Andes Sport Daily",
    "Diaz double sinks Brazil as Colombia strike back in Barranquilla", "sports report (negative)",
    """BARRANQUILLA, Colombia, Nov 17 (Andes Sport Daily) - Luis Diaz scored twice with headers in four minutes as Colombia came from behind to beat Brazil 2-1 in a World Cup qualifier on Thursday night, the first time they had ever beaten the five-times champions in a qualifier.

Gabriel Martinelli gave Brazil the lead after four minutes, finishing a quick counter-attack from Vinicius Junior. For most of the evening the visitors looked in control, soaking up pressure and launching raids on the break, until Colombia's bombardment of crosses finally paid off.

Diaz, whose father was kidnapped late last month and freed on Thursday of last week, rose to nod in a deep cross in the 75th minute and then struck again from another header in the 79th, sending the Metropolitano into an explosion of noise. He pointed to the sky and the crowd chanted his father's name.

Brazil, under interim coach Fernando Diniz, have now lost two qualifiers in a row and sit fifth. Their attack looked blunt without the injured Neymar, and their defence was shot to pieces in the final 20 minutes. Colombia stay unbeaten.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

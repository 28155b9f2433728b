"""Write demo/fresh6/docs.jsonl and demo/fresh6/gold.jsonl: fresh development reports written blind.

Run from anywhere: `python3 demo/fresh6/build.py` (stdlib only, idempotent). Written by a helper session that
never read the extractor's code, data, tests or output (see README.md). Reports are about real, public
incidents (2014-2025) in Africa, South Asia, Southeast Asia and Latin America, in our own words, written as of
their `published` date, from facts in public reporting, simplified where unsure. Outlets are fictional with
`.example` URLs; quotations are paraphrases. Not a factual reference. Gold follows shared/contract/README.md
and the "Gold conventions" of demo/README.md; every weekday relied on is asserted with wd(), and check()
validates taxonomy, dates, links and same_as before anything is written.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import gold_kit  # noqa: E402
from gold_kit import actor, either, place, wd  # noqa: E402  (demo/gold_kit.py)

from gold_kit import ABDUCT, AGREEMENT, AIR, ARRESTS, ATTACK, BATTLES, CLASH, EXCESSIVE, GRENADE, IED, LOOT, MISSILE, OTHER, PEACEFUL, PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT  # noqa: E402  (taxonomy names)
from gold_kit import noted_ev as ev  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()  # DOCS: (document, gold events, style) per report
DOCS, doc = SET.docs, SET.doc


def civ(country, *extra):
    return actor(f"Civilians ({country})", "civilians", "Civilians", "people", "residents", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "unidentified gunmen", "militants",
             "attackers", "assailants")

# ---- 1-2. Sudan: the Khartoum sit-in dispersal ----------------------------------------------------
RSF = actor("Rapid Support Forces", "RSF", "Military Forces of Sudan", "Transitional Military Council", "TMC",
            "security forces", "paramilitaries", "Janjaweed", "Sudanese security forces", code="SDN")
SDN_PROT = actor("Protesters (Sudan)", "protesters", "demonstrators", "sit-in protesters",
                 "Sudanese Professionals Association", "SPA", "Forces of Freedom and Change", "FFC", "civilians",
                 "Civilians (Sudan)")
SDN_GOV = actor("Military Forces of Sudan", "Transitional Military Council", "TMC", "Sudanese military",
                "security forces", "Sudan", "Police Forces of Sudan", code="SDN")
SITIN = place(["army headquarters", "military headquarters", "Khartoum", "Khartoum state"], "SDN", 15.6000, 32.5400)
KHARTOUM = place(["Khartoum", "Khartoum state", "Omdurman", "Bahri"], "SDN", 15.5007, 32.5599)
P1 = wd("2019-06-03", "Monday")
doc("sudan-sit-in-dispersal-wire-2019-06-03", P1, "Nile Wire Service",
    "Sudan forces storm Khartoum sit-in, doctors say at least 30 dead",
    "wire",
    """KHARTOUM, June 3 (Nile Wire Service) - At least 30 people were killed on Monday when Sudanese security forces stormed the protest camp outside the army headquarters in Khartoum, a doctors' committee linked to the protest movement said, in the bloodiest day since the military removed Omar al-Bashir in April.

The Central Committee of Sudanese Doctors had given a toll of 13 dead in the morning, as gunfire echoed across the centre of the capital, before raising it to 30 by the evening. Hundreds were wounded, it said, and medics at a hospital near the sit-in said they had been trapped inside as armed men surrounded the building.

Witnesses said men in the uniform of the Rapid Support Forces, the paramilitary unit that grew out of the Janjaweed militias of Darfur, moved in at dawn during the last days of Ramadan, firing live rounds, beating people with sticks and setting fire to tents. Videos shared before the internet slowed showed protesters fleeing down side streets as black smoke rose over the camp.

The Transitional Military Council denied that it had broken up the sit-in. A spokesman said security forces had targeted a nearby area known as Colombia, which he described as a den of criminals and drug dealers, and that the operation had spilled over. He said the council regretted any casualties.

The Sudanese Professionals Association, which led the months of protests that toppled Bashir, accused the council of a massacre and called for open-ended civil disobedience. Protesters built barricades of stones and burning tyres in Omdurman and Bahri during the day, residents said.

The sit-in had begun on April 6. Talks between the generals and the protest alliance on handing power to civilians broke down last month over who would lead a sovereign council.""",
    [
        ev("e1", [PROTESTS, VAC], [EXCESSIVE, ATTACK], SDN_PROT, RSF, P1, None, SITIN, (13, 30),
           note="Monday's storming of the sit-in; 13 in the morning, raised to 30. Protesters are actor1 (dev's order); "
                "an Attack reading would swap them"),
        ev("e2", PROTESTS, [PEACEFUL, "Protest with intervention"], SDN_PROT, None, P1, None,
           place(["Omdurman", "Bahri", "Khartoum North", "Khartoum"], "SDN", 15.6445, 32.4777), optional=True,
           note="barricades in Omdurman and Bahri; no violence stated"),
    ])

P2 = wd("2019-06-10", "Monday")
doc("sudan-khartoum-massacre-analysis-2019-06-10", P2, "Horn Review",
    "A week after the massacre, Khartoum is a city on strike",
    "long-form analysis",
    """Analysis: A week after the sit-in was crushed, Khartoum is a city on strike

By the Horn Review's Africa desk

The shops of central Khartoum were shuttered on Monday for a second day, buses sat idle and most offices stayed empty as a campaign of civil disobedience called by the protest movement emptied the streets. The Sudanese Professionals Association launched the campaign on Sunday in response to the killing of demonstrators at the sit-in outside the army headquarters on June 3, and says it will continue until the military hands power to a civilian government.

The toll from that morning is still disputed. Doctors aligned with the protesters now say 118 people were killed during the raid and in the days that followed, among them about 40 whose bodies were pulled from the Nile. The health ministry puts the figure at 61. Nobody outside Sudan can check either number: mobile internet has been cut almost everywhere since the assault.

What is clear is who was on the streets that morning. Survivors describe trucks of the Rapid Support Forces, the paramilitary force commanded by General Mohamed Hamdan Dagalo, known as Hemedti, arriving before dawn. Hemedti has said that rogue elements infiltrated his forces and that those responsible will face trial.

The generals have also gone after the protest leadership. Two opposition figures were detained over the weekend, hours after they had met Ethiopia's prime minister Abiy Ahmed, who flew to Khartoum on Friday to try to mediate. The Transitional Military Council said later it would release political prisoners as a goodwill gesture.

The uprising began far from the capital. On December 19 last year, people in the railway town of Atbara, angry at the tripling of the price of bread, set fire to the local headquarters of Bashir's National Congress Party. Protests spread to Khartoum within days. On April 11, after a sit-in of five days at the army headquarters, the military announced that it had removed Bashir and taken power.

Diplomats in Khartoum say the African Union's suspension of Sudan last week and Ethiopia's mediation are the only levers left. For the moment, each side appears to be waiting for the other to blink: the council says the strike is illegal, and the protest movement says its members will stay home.""",
    [
        ev("e1", [PROTESTS, VAC], [EXCESSIVE, ATTACK], SDN_PROT, RSF, "2019-06-03", None, SITIN, (61, 118),
           same_as=f"sudan-sit-in-dispersal-wire-{P1}/e1",
           note="the June 3 raid recalled: 118 (doctors) vs 61 (health ministry)"),
        ev("e2", PROTESTS, PEACEFUL, SDN_PROT, None, wd("2019-06-09", "Sunday"), P2, KHARTOUM,
           responds_to=[f"sudan-sit-in-dispersal-wire-{P1}/e1"],
           note="civil disobedience launched on Sunday, still on on Monday, 'in response to' the killings"),
        ev("e3", STRAT, ARRESTS, SDN_GOV, actor("opposition figures", "opposition leaders", "Forces of Freedom and Change",
                                                "Protesters (Sudan)", "civilians"),
           wd("2019-06-08", "Saturday"), "2019-06-09", KHARTOUM,
           note="two opposition figures detained 'over the weekend' after meeting Abiy (who came on Friday)"),
        ev("e4", RIOTS, VIOLENT, actor("Rioters (Sudan)", "protesters", "Protesters (Sudan)", "people", "residents"),
           actor("National Congress Party", "NCP"), "2018-12-19", None,
           place(["Atbara", "River Nile state"], "SDN", 17.7022, 33.9864), note="NCP headquarters set on fire in Atbara"),
        ev("e5", STRAT, OTHER, SDN_GOV, actor("Omar al-Bashir", "Bashir", "Government of Sudan"), "2019-04-11", None,
           KHARTOUM, optional=True, note="the coup removing Bashir"),
    ])

# ---- 3-4. Pakistan: Sehwan shrine bombing -------------------------------------------------------
ISKP = actor("Islamic State", "IS", "ISIS", "Daesh", "Islamic State Khorasan", "ISKP", "IS-K", "militants")
JUA = actor("Jamaat-ul-Ahrar", "JuA", "Tehreek-e-Taliban Pakistan", "TTP", "Pakistani Taliban", "militants")
PAK = actor("Military Forces of Pakistan", "Pakistan Army", "Pakistani army", "army", "security forces",
            "Pakistan", "Islamabad", "Inter-Services Public Relations", "ISPR", "Pakistani authorities",
            "Pakistani forces", code="PAK")
SEHWAN = place(["Lal Shahbaz Qalandar shrine", "shrine of Lal Shahbaz Qalandar", "Sehwan", "Sehwan Sharif",
                "Jamshoro district", "Sindh"], "PAK", 26.4246, 67.8617)
DEVOTEES = civ("Pakistan", "devotees", "worshippers", "pilgrims", "Sufi devotees")
P3 = wd("2017-02-17", "Friday")
doc("pakistan-sehwan-shrine-wire-2017-02-17", P3, "Indus Press Agency",
    "Suicide bomber kills 72 at Sufi shrine in Pakistan; army vows revenge, shuts Afghan border",
    "wire",
    """KARACHI, Feb 17 (Indus Press Agency) - A suicide bomber killed at least 72 worshippers when he blew himself up among hundreds of devotees at the shrine of Lal Shahbaz Qalandar in the southern town of Sehwan on Thursday evening, officials said, in the deadliest attack in Pakistan in more than two years.

More than 250 people were wounded, many of them women and children, when the bomber detonated his explosives in the main hall of the 13th-century shrine as devotees performed the dhamaal, a Sufi ritual of drumming and dancing held every Thursday. Sehwan, in Sindh's Jamshoro district, has no major hospital, and the wounded had to be driven for hours to Hyderabad and Jamshoro, officials said.

Islamic State claimed responsibility through its Amaq news agency, saying one of its fighters had targeted a "Shi'ite gathering". The group regards the veneration of saints at shrines as heresy.

The army said on Friday that security forces had killed more than 100 "terrorists" in raids across the country overnight, without saying where the operations took place or naming any of the dead. Army chief General Qamar Javed Bajwa said every drop of the nation's blood would be avenged.

The border crossings with Afghanistan at Torkham and Chaman were closed on Thursday night in response to the bombing, and Pakistani officials summoned Afghan diplomats to hand over a list of 76 militants they said were hiding in Afghanistan.

The bombing capped a week of attacks. On Monday, a suicide bomber killed 13 people, two senior police officers among them, at a protest outside the Punjab provincial assembly on Lahore's Mall Road, an attack claimed by Jamaat-ul-Ahrar, a faction of the Pakistani Taliban.""",
    [
        ev("e1", REMOTE, SUICIDE, either(ISKP, UNID, actor("suicide bomber")), DEVOTEES,
           wd("2017-02-16", "Thursday"), None, SEHWAN, (73, 73),
           note="72 worshippers + the bomber who blew himself up"),
        ev("e2", [BATTLES, VAC], [CLASH, ATTACK], PAK, actor("terrorists", "militants", "suspected militants"),
           wd("2017-02-16", "Thursday"), P3, place(["Pakistan"], "PAK"), (100, 100), optional=True,
           note="'more than 100 terrorists' killed in raids nationwide overnight; placeless aggregate. No 'in response' "
                "wording for the raids, so no link"),
        ev("e3", STRAT, OTHER, PAK, None, "2017-02-16", None,
           place(["Torkham", "Torkham border crossing", "Khyber"], "PAK", 34.1000, 71.0900), responds_to=["e1"],
           note="Torkham crossing closed 'in response to the bombing'"),
        ev("e4", STRAT, OTHER, PAK, None, "2017-02-16", None,
           place(["Chaman", "Chaman border crossing", "Balochistan"], "PAK", 30.9210, 66.4597), responds_to=["e1"],
           note="Chaman crossing closed 'in response to the bombing'"),
        ev("e5", REMOTE, SUICIDE, either(JUA, UNID), either(civ("Pakistan", "protesters"),
                                                          actor("Police Forces of Pakistan", "police officers", "police")),
           wd("2017-02-13", "Monday"), None,
           place(["Mall Road", "Punjab Assembly", "Charing Cross", "Lahore", "Punjab"], "PAK", 31.5580, 74.3240), (14, 14),
           note="'a suicide bomber killed 13' + the bomber"),
    ])

P4 = wd("2017-02-19", "Sunday")
doc("pakistan-sehwan-garbled-2017-02-19", P4, "DailyNewsHub24",
    "Sehwan blast death toll rise to 88, Pakistan army targets hideouts over border",
    "garbled machine-rewritten web copy",
    """Sehwan blast death toll rise to 88, Pakistan army targets hideouts over border

The quantity of persons who misplaced their lives within the suicide explosion on the sacred place of Lal Shahbaz Qalandar in Sehwan has risen to 88, officials of Sindh health division stated on Saturday, after a number of the injured handed away in hospitals of Hyderabad and Karachi. The primary determine given on Thursday night time was 72. The bomber who blow himself within the courtyard is not counted within the quantity, police said.

The terrorist group Daesh had claimed the duty of the assault. Authorities stated the bomber got here into by means of the principle gate and threw a grenade earlier than exploding himself, however this couldn't be confirmed independently.

In the meantime Pakistan military carried out an offensive on the hideouts of terrorists within the Afghan border space, as per the army media wing, which stated the camps of Jamaat-ul-Ahrar had been focused with artillery hearth in retaliation of the Sehwan carnage. Afghan officers in Kunar province stated Pakistani shells landed in villages on their facet since Friday and complained to Islamabad, no casualties given.

The shrine was reopened on Friday morning and the caretaker rang the bell on the regular time, devotees stated they will not be afraid.

Share this:
Source link""",
    [
        ev("e1", REMOTE, SUICIDE, either(ISKP, UNID, actor("suicide bomber", "bomber")), DEVOTEES, "2017-02-16", None,
           SEHWAN, (73, 89), same_as=f"pakistan-sehwan-shrine-wire-{P3}/e1",
           note="72 first, then 88, the bomber not counted: 73-89"),
        ev("e2", REMOTE, MISSILE, PAK, JUA, wd("2017-02-17", "Friday"), P4,
           place(["Kunar", "Kunar province", "Afghan border"], "AFG"),
           responds_to=["e1"],
           note="artillery on JuA camps across the border 'in retaliation of the Sehwan carnage' since Friday; "
                "Kunar named by Afghan officials (region: no point)"),
    ])

# ---- 5-6. India: the Tekalguda ambush, Bijapur-Sukma --------------------------------------------
MAOISTS = actor("Communist Party of India (Maoist)", "CPI (Maoist)", "CPI-Maoist", "Maoists", "Maoist rebels", "Naxals",
                "Naxalites", "PLGA", "People's Liberation Guerrilla Army", "rebels", "insurgents")
IND_SF = actor("Police Forces of India", "Military Forces of India", "Central Reserve Police Force", "CRPF", "CoBRA",
               "District Reserve Guard", "DRG", "Special Task Force", "STF", "security forces", "security personnel",
               "jawans", "Indian security forces", code="IND")
TEKALGUDA = place(["Tekalguda", "Tekulguda", "Jonaguda", "Tarrem", "Bijapur", "Bijapur district", "Sukma",
                   "Chhattisgarh"], "IND")
P5 = wd("2021-04-04", "Sunday")
doc("india-bijapur-ambush-wire-2021-04-04", P5, "Subcontinent Newswire",
    "22 security personnel killed in Maoist ambush in Chhattisgarh, one missing",
    "wire",
    """RAIPUR, April 4 (Subcontinent Newswire) - The bodies of 17 more security personnel were recovered on Sunday from a forest on the border of Chhattisgarh's Bijapur and Sukma districts, raising the toll from Saturday's gunbattle with Maoist rebels to 22, police said, in one of the deadliest attacks on Indian forces in the region in years.

Officials had said on Saturday night that five personnel had been killed. Thirty-one others were wounded and were flown to hospitals in Raipur and Bijapur, and one commando of the CRPF's CoBRA jungle-warfare unit was still missing, a senior police officer said.

About 2,000 personnel from the CRPF, the District Reserve Guard and the Special Task Force had set out on Friday night on an operation against a rebel battalion led by commander Madvi Hidma, police said. On their way back on Saturday they were ambushed near Tekalguda village, in the Tarrem area, by about 400 Maoists firing machine guns and rockets from three sides, and the fighting went on for about four hours.

Police said they believed as many as a dozen Maoists had been killed and that the rebels had carried away their dead on tractors, but they had recovered the body of only one woman fighter. The figure could not be verified.

Home Minister Amit Shah cut short an election campaign in Assam and said the government would not tolerate bloodshed. "The fight will be taken to its conclusion," he told reporters, paraphrased by aides. CRPF director general Kuldiep Singh said there had been no intelligence failure.""",
    [
        ev("e1", BATTLES, CLASH, MAOISTS, IND_SF, wd("2021-04-03", "Saturday"), None, TEKALGUDA, (5, 34),
           note="5 on Saturday night, 22 security personnel by Sunday, + 'as many as a dozen' Maoists claimed by police "
                "(one body found): 5-34 under the 'revised within a report' convention"),
        ev("e2", VAC, ABDUCT, MAOISTS, actor("CoBRA commando", "commando", "CRPF", "security personnel"), "2021-04-03",
           None, TEKALGUDA, optional=True, note="the missing commando (only 'missing' here)"),
    ])

P6 = wd("2021-04-06", "Tuesday")
doc("india-maoist-statement-2021-04-06", P6, "Deccan Ledger",
    "Maoists say they hold missing commando, admit four cadres died in Bijapur ambush",
    "newspaper (rebel statement paraphrase)",
    """The banned Communist Party of India (Maoist) said on Tuesday that it was holding the CoBRA commando who went missing after Saturday's ambush on the Bijapur-Sukma border, and that he would be released once the government named mediators.

In a two-page statement in Hindi issued by its Dandakaranya special zonal committee and shared with journalists in Bijapur, the rebels said four of their fighters had died in the battle near Tekalguda and named them. The statement said 24 security personnel had been killed, while police put the toll among their men at 22, with 31 wounded. Police had earlier said as many as a dozen rebels were believed killed.

The statement said the commando, Rakeshwar Singh Manhas of the 210th battalion, was unharmed, and that he was "not our enemy". His wife appealed on television for his release.

The rebels said the security forces had come to attack them and that they had defended themselves. Police officers in Raipur rejected the statement as propaganda and said operations in the area would continue.

The ambush was the worst for the security forces in Chhattisgarh since March last year, when Maoists killed 17 personnel of the District Reserve Guard and the Special Task Force near Minpa in Sukma district on March 21. Less than two weeks ago, on March 23, five DRG personnel were killed when their bus was blown up by an improvised explosive device in Narayanpur district.""",
    [
        ev("e1", BATTLES, CLASH, MAOISTS, IND_SF, "2021-04-03", None, TEKALGUDA, (26, 34),
           same_as=f"india-bijapur-ambush-wire-{P5}/e1",
           note="22 security personnel (police; rebels say 24) + 4 Maoists = 26; police's dozen rebels gives 34"),
        ev("e2", VAC, ABDUCT, MAOISTS, actor("Rakeshwar Singh Manhas", "CoBRA commando", "commando", "CRPF",
                                              "security personnel"),
           "2021-04-03", P6, TEKALGUDA, optional=True, note="the commando held; a component of the ambush"),
        ev("e3", BATTLES, CLASH, MAOISTS, IND_SF, wd("2020-03-21", "Saturday"), None,
           place(["Minpa", "Sukma", "Sukma district", "Chhattisgarh"], "IND"), (17, 17),
           note="Minpa, March 21 last year: 17 DRG and STF personnel"),
        ev("e4", REMOTE, IED, MAOISTS, IND_SF, wd("2021-03-23", "Tuesday"), None,
           place(["Narayanpur", "Narayanpur district", "Chhattisgarh"], "IND"), (5, 5),
           note="DRG bus blown up by an IED, March 23"),
    ])

# ---- 7. DR Congo: Kishishe and Bambo ------------------------------------------------------------
M23 = actor("M23", "March 23 Movement", "M23 rebels", "Mouvement du 23 mars", "rebels", "Tutsi-led rebels")
FDLR = actor("FDLR", "Democratic Forces for the Liberation of Rwanda", "Mai-Mai", "Mai-Mai Mazembe", "Nyatura",
             "militias", "armed groups")
COD_CIV = civ("Democratic Republic of Congo", "villagers", "Civilians (DRC)", "Civilians (Democratic Republic of the Congo)")
KISHISHE = place(["Kishishe", "Rutshuru", "Rutshuru territory", "North Kivu"], "COD")
BAMBO = place(["Bambo", "Rutshuru", "Rutshuru territory", "North Kivu"], "COD")
P7 = wd("2022-12-08", "Thursday")
doc("drc-kishishe-garbled-2022-12-08", P7, "AfriqueInfo Now",
    "UN say M23 rebels killed at least 131 civilians in Kishishe and Bambo, government say 272",
    "garbled machine-rewritten web copy",
    """UN say M23 rebels killed at least 131 civilians in Kishishe and Bambo, government say 272

A minimum of 131 civilians had been killed by the M23 rebels within the villages of Kishishe and Bambo within the Rutshuru territory of North Kivu province on 29 and 30 November, in line with the preliminary findings of the UN peacekeeping mission MONUSCO and the UN human rights office, launched on Wednesday. Amongst them 102 males, 17 ladies and 12 kids, executed with bullets and blades, the UN stated, and at the least 22 girls and 5 ladies have been raped.

The killings have been carried out as a reprisal towards civilian populations, the UN stated, after clashes between the M23 and the FDLR rebels and Mai-Mai Mazembe and Nyatura militias across the space on 29 November.

The Kinshasa authorities had firstly talked about 50 lifeless final week after which revised its quantity to 272 on Monday, saying the M23, which it calls a Rwanda-backed terrorist motion, massacred the villagers in Kishishe. The insurgent group rejected, its spokesperson declared that solely eight civilians died by stray bullets throughout the combating and known as for an unbiased investigation.

Victims have been buried in mass graves by the rebels themselves, witnesses inform, making counting troublesome. Kigali denies any help to the M23.

Share this:
Source link""",
    [
        ev("e1", VAC, ATTACK, M23, COD_CIV, wd("2022-11-29", "Tuesday"), "2022-11-30", KISHISHE, None,
           responds_to=["e3"], note="killings in Kishishe 'as a reprisal' after the clashes; figures cover both villages: null"),
        ev("e2", VAC, ATTACK, M23, COD_CIV, "2022-11-29", "2022-11-30", BAMBO, None, responds_to=["e3"],
           note="killings in Bambo, same reprisal; null (joint figure)"),
        ev("e3", BATTLES, CLASH, M23, FDLR, "2022-11-29", None, KISHISHE, None,
           note="clashes 'across the space' (around the villages) on 29 November; placed at Kishishe"),
        ev("e4", VAC, ATTACK, M23, COD_CIV, "2022-11-29", "2022-11-30", place(["Kishishe", "Bambo", "Rutshuru", "North Kivu"], "COD"),
           (8, 272), optional=True, note="aggregate over both villages: M23 8, UN 131, Kinshasa 50 then 272"),
        ev("e5", VAC, "Sexual violence", M23, COD_CIV, "2022-11-29", "2022-11-30", KISHISHE, optional=True,
           note="rapes reported alongside the killings (component)"),
    ])

# ---- 8. Ethiopia: Tole, Gimbi district ----------------------------------------------------------
OLA = actor("Oromo Liberation Army", "OLA", "Shene", "OLF-Shene", "rebels", "gunmen", "militants")
GOV_MIL = actor("government-allied militia", "Gaa'ilee", "militia", "Oromia regional special forces",
                "Military Forces of Ethiopia", "Police Forces of Ethiopia (Oromia Region)")
ETH_GOV = actor("Military Forces of Ethiopia", "Ethiopian National Defense Force", "ENDF", "Ethiopian army",
                "Ethiopian government forces", "federal forces", "Ethiopia", "Addis Ababa", code="ETH")
P8 = wd("2022-06-20", "Monday")
doc("ethiopia-gimbi-killings-wire-2022-06-20", P8, "Highland Courier",
    "More than 200 ethnic Amhara killed in western Ethiopia, witnesses say; rebels deny role",
    "wire",
    """ADDIS ABABA, June 20 (Highland Courier) - Gunmen killed more than 200 people, most of them ethnic Amhara, in a village in the Gimbi district of Ethiopia's western Oromia region on Saturday, two witnesses told the Highland Courier on Monday, in one of the deadliest attacks on civilians in the country's recent history.

One resident of Tole kebele, who asked not to be named for fear of reprisals, said he had counted 230 bodies and that he feared the figure would rise. "We are burying them in mass graves," he said by telephone. Another said survivors were still searching the surrounding hills for the missing.

The Oromia regional government blamed the Oromo Liberation Army, which it calls "Shene", saying the rebels had attacked civilians after being pushed back by security operations. Prime Minister Abiy Ahmed condemned what he called horrendous attacks on innocent civilians by forces whose main goal was to terrorise people, without giving a toll.

An OLA spokesman denied the accusation. He said the killings were carried out by a government-allied militia known as Gaa'ilee and called for an independent investigation, saying the rebels' fighters had not been in the area.

West Wollega zone has been the scene of fighting between federal forces and the OLA for more than a year. On Tuesday last week, the OLA and the Gambella Liberation Front attacked Gambella town, in the neighbouring Gambella region, and fought government forces for hours before being driven out; the regional government gave no toll for that fighting.

Ethiopia's human rights commission said on Sunday that it was gathering information and urged the federal government to protect civilians in the area.""",
    [
        ev("e1", VAC, ATTACK, either(UNID, OLA, GOV_MIL), civ("Ethiopia", "ethnic Amhara", "Amhara", "villagers"),
           wd("2022-06-18", "Saturday"), None,
           place(["Tole", "Tole kebele", "Gimbi", "Gimbi district", "West Wollega", "Oromia"], "ETH"), (200, 230),
           note="'more than 200', one resident counted 230; perpetrator disputed (OLA blamed, OLA blames Gaa'ilee)"),
        ev("e2", BATTLES, CLASH, either(OLA, actor("Gambella Liberation Front", "GLF", "Gambella Liberation Army")),
           ETH_GOV, wd("2022-06-14", "Tuesday"), None,
           place(["Gambella", "Gambela", "Gambella town", "Gambella region"], "ETH", 8.2500, 34.5833), None,
           note="'Tuesday last week' in a Monday report; no toll"),
    ])

# ---- 9. Burkina Faso: Seytenga -------------------------------------------------------------------
BFA_ARMY = actor("Military Forces of Burkina Faso", "Burkinabe army", "army", "Burkina Faso's army",
                 "armed forces", "Burkina Faso", "Ouagadougou", code="BFA")
BFA_GEND = actor("Police Forces of Burkina Faso", "gendarmes", "gendarmerie", "Military Forces of Burkina Faso",
                 "military police", code="BFA")
JIHAD = actor("JNIM", "Islamic State Sahel", "Islamic State in the Greater Sahara", "ISGS", "jihadists",
              "Islamist militants", "militants", "gunmen", "terrorists", "unidentified armed group")
SEYTENGA = place(["Seytenga", "Seno province", "Seno", "Sahel region"], "BFA")
P9 = wd("2022-06-14", "Tuesday")
doc("burkina-seytenga-brief-2022-06-14", P9, "Sahel Brief",
    "Burkina Faso raises Seytenga massacre toll to 86",
    "wire brief",
    """OUAGADOUGOU, June 14 (Sahel Brief) - The number of civilians killed by gunmen in the northern town of Seytenga over the weekend has risen to 86, Burkina Faso's government said on Tuesday, up from 79 bodies counted a day earlier.

Armed men went from house to house in the town in Seno province on the night of Saturday to Sunday, shooting men, witnesses said. Thousands of residents have fled to Dori, the regional capital, about 100 km away.

The massacre came days after 11 gendarmes were killed in an attack on their post in Seytenga on Thursday. The army said it had killed about 40 of the assailants in an operation launched in response to that attack. No group has claimed the killings.""",
    [
        ev("e1", VAC, ATTACK, JIHAD, civ("Burkina Faso", "men", "townspeople"), wd("2022-06-11", "Saturday"), "2022-06-12",
           SEYTENGA, (79, 86), note="night of Saturday to Sunday; 79 bodies, then 86"),
        ev("e2", BATTLES, CLASH, JIHAD, BFA_GEND, wd("2022-06-09", "Thursday"), None, SEYTENGA, (11, 11),
           note="attack on the gendarmerie post, 11 gendarmes"),
        ev("e3", BATTLES, CLASH, BFA_ARMY, JIHAD, "2022-06-09", "2022-06-11", SEYTENGA, (40, 40), responds_to=["e2"],
           note="army operation 'in response to that attack', about 40 assailants; undated between Thursday and the "
                "massacre, placed at Seytenga"),
    ])

# ---- 10. Philippines: Mamasapano ----------------------------------------------------------------
SAF = actor("Police Forces of the Philippines", "Philippine National Police", "PNP", "Special Action Force", "SAF",
            "police commandos", "commandos", code="PHL")
MILF = actor("Moro Islamic Liberation Front", "MILF", "105th Base Command", "Bangsamoro Islamic Freedom Fighters",
             "BIFF", "rebels", "Muslim rebels")
MARWAN = actor("Zulkifli bin Hir", "Marwan", "Zulkifli Abdhir", "Jemaah Islamiyah", "bomb-maker", "militants")
TUKANALIPAO = place(["Tukanalipao", "Barangay Tukanalipao", "Mamasapano", "Maguindanao"], "PHL")
P10 = wd("2015-01-26", "Monday")
doc("philippines-mamasapano-pnp-2015-01-26", P10, "Mindanao Bulletin",
    "PNP: 44 SAF troopers killed in Maguindanao operation against Marwan",
    "police press statement (paraphrase)",
    """PHILIPPINE NATIONAL POLICE - PUBLIC INFORMATION OFFICE
Press statement, 26 January 2015 (paraphrase)

1. The PNP leadership confirms with deep sorrow that 44 personnel of the Special Action Force (SAF) lost their lives in a law enforcement operation in Barangay Tukanalipao, Mamasapano, Maguindanao, on Sunday, 25 January 2015. An earlier count released on Sunday evening stood at 30. Twelve other SAF troopers were wounded and are being treated.

2. The operation was launched before dawn on Sunday to serve warrants of arrest on Zulkifli bin Hir, alias Marwan, a Malaysian bomb-maker of the Jemaah Islamiyah network wanted by Philippine and United States authorities, and on his Filipino associate Abdul Basit Usman. The assault team reached the target hut and engaged the suspects. Initial reports indicate that Marwan was killed; DNA samples have been taken for confirmation.

3. While withdrawing, the SAF units came under heavy fire from armed men of the Moro Islamic Liberation Front's 105th Base Command and the Bangsamoro Islamic Freedom Fighters (BIFF) in a cornfield near the Tukanalipao river. The exchange of fire lasted until the afternoon. Casualties on the side of the armed groups are still being determined.

4. The MILF leadership has stated that its fighters fired in response to the entry of the police into its area without the coordination required under the ceasefire mechanism, and that a number of its own members were killed. The PNP and the ceasefire committees of the government and the MILF are investigating.

5. The remains of the fallen troopers will be flown to Manila. The PNP extends its condolences to the bereaved families.""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], SAF, MARWAN, wd("2015-01-25", "Sunday"), None, TUKANALIPAO, None,
           note="the raid on Marwan's hut; 'initial reports indicate' he was killed (unconfirmed): null"),
        ev("e2", BATTLES, CLASH, MILF, SAF, "2015-01-25", None, TUKANALIPAO, (30, 44), responds_to=["e1"],
           note="44 SAF (30 on Sunday evening); rebel losses 'being determined'; MILF fired 'in response to the entry'"),
    ])

# ---- 11. Thailand: Erawan shrine arrest ----------------------------------------------------------
THA_POL = actor("Police Forces of Thailand", "Royal Thai Police", "Thai police", "police", "Thai authorities",
                "Thailand", code="THA")
P11 = wd("2015-08-30", "Sunday")
doc("thailand-erawan-arrest-wire-2015-08-30", P11, "Chao Phraya Wire",
    "Thai police arrest foreigner, seize bomb-making material over Bangkok shrine blast",
    "wire",
    """BANGKOK, Aug 30 (Chao Phraya Wire) - Thai police said on Sunday that a foreign man arrested in a raid on the outskirts of Bangkok was linked to the bombing of the Erawan shrine that killed 20 people this month, the first arrest in the investigation.

Officers detained the man on Saturday at an apartment in the capital's Nong Chok district, where they found detonators, ball bearings and pipes of the kind used to make bombs, national police chief Somyot Poompanmoung told reporters. Several passports, most of them Turkish, were seized. Police did not give the man's nationality and said they were checking whether his passport was forged.

The suspect had not been formally identified as the man in a yellow T-shirt seen on security camera footage leaving a backpack at the Hindu shrine, at the busy Ratchaprasong intersection, on the evening of August 17, minutes before it blew up. Fourteen of the 20 dead were foreigners, most of them tourists from China and Hong Kong, and more than 120 people were wounded.

The day after the shrine bombing, a pipe bomb was thrown from a bridge at Sathorn pier on the Chao Phraya river. It fell into the water and exploded without hurting anyone.

Somyot said investigators were looking at a network of people smugglers who might have been angered by a crackdown on human trafficking, but he did not rule out other motives. Speculation has also focused on Uighur militants after Thailand deported more than 100 Uighurs to China in July. The government has said it does not believe international terrorism was behind the attack.

Police have offered a reward of 3 million baht for information leading to an arrest of the bomber.""",
    [
        ev("e1", STRAT, ARRESTS, THA_POL, actor("suspect", "foreign man", "Adem Karadag", "Bilal Mohammed", "civilians"),
           wd("2015-08-29", "Saturday"), None,
           place(["Nong Chok", "Nong Chok district", "Bangkok"], "THA"), note="Saturday's arrest in Nong Chok"),
        ev("e2", REMOTE, IED, UNID, civ("Thailand", "tourists", "worshippers"), wd("2015-08-17", "Monday"), None,
           place(["Erawan shrine", "Ratchaprasong", "Ratchaprasong intersection", "Bangkok"], "THA", 13.7445, 100.5404),
           (20, 20), note="the shrine bombing, 20 dead, more than 120 wounded"),
        ev("e3", REMOTE, [IED, GRENADE], UNID, civ("Thailand"), wd("2015-08-18", "Tuesday"), None,
           place(["Sathorn pier", "Sathorn", "Taksin bridge", "Chao Phraya river", "Bangkok"], "THA", 13.7188, 100.5134),
           (0, 0), note="pipe bomb thrown at Sathorn pier; 'without hurting anyone'"),
        ev("e4", STRAT, OTHER, actor("Thailand", "Government of Thailand", "Thai authorities", code="THA"),
           actor("Uighurs", "Uyghurs"), "2015-07-01", "2015-07-31", place(["Thailand"], "THA"), optional=True,
           note="deportation of Uighurs in July (not violence)"),
    ])

# ---- 12. Ecuador: the October 2019 deal ---------------------------------------------------------
ECU_PROT = actor("Protesters (Ecuador)", "protesters", "demonstrators", "CONAIE", "indigenous protesters",
                 "Confederation of Indigenous Nationalities of Ecuador")
ECU_RIOT = actor("Rioters (Ecuador)", "protesters", "Protesters (Ecuador)", "hooded men", "demonstrators",
                 "masked men", "rioters")
ECU_GOV = actor("Government of Ecuador", "Lenin Moreno", "Moreno", "Ecuadorean government", "Ecuador", code="ECU")
QUITO = place(["Quito", "Pichincha"], "ECU", -0.1807, -78.4678)
P12 = wd("2019-10-14", "Monday")
doc("ecuador-moreno-conaie-deal-2019-10-14", P12, "Andes Daily Report",
    "Ecuador's Moreno scraps fuel decree in deal with indigenous groups, ending 11 days of unrest",
    "wire",
    """QUITO, Oct 14 (Andes Daily Report) - Ecuadoreans cleared burned tyres and rubble from the streets of Quito on Monday after President Lenin Moreno and indigenous leaders reached a deal late on Sunday to withdraw a decree that ended fuel subsidies, calling off protests that had paralysed the country for 11 days.

The agreement, struck in televised talks mediated by the United Nations and the Catholic Church, scraps Decree 883, which had more than doubled the price of diesel. A commission including the Confederation of Indigenous Nationalities of Ecuador (CONAIE) will draft a new decree. Thousands of people poured into the streets of the capital to celebrate when the deal was announced, honking horns and waving flags.

Hours earlier the city had looked like a battlefield. On Saturday hooded men set fire to the building of the comptroller general's office and attacked the offices of the Teleamazonas television channel, and Moreno imposed a curfew and ordered the military onto the streets of Quito. CONAIE said its members had nothing to do with the arson.

The ombudsman's office said seven people had died during the protests, 1,340 had been injured and 1,152 arrested. Indigenous leaders have accused the police of using excessive force.

The unrest began on October 3 with a strike by transport unions against the fuel price rise. Protesters briefly broke into the National Assembly building on Tuesday last week before being driven out by police with tear gas, and the government moved its seat from Quito to the port city of Guayaquil.

Moreno, who took the decision to end the subsidies as part of a $4.2 billion loan deal with the International Monetary Fund, said the country had returned to peace.""",
    [
        ev("e1", STRAT, AGREEMENT, ECU_GOV, ECU_PROT, wd("2019-10-13", "Sunday"), None, QUITO,
           note="deal struck late on Sunday"),
        ev("e2", RIOTS, [VIOLENT, "Mob violence"], ECU_RIOT, actor("Comptroller General", "comptroller's office",
                                                                  "Government of Ecuador"),
           wd("2019-10-12", "Saturday"), None,
           place(["comptroller general's office", "Contraloria", "Quito", "Pichincha"], "ECU", -0.1807, -78.4678),
           note="arson at the comptroller's office"),
        ev("e3", RIOTS, [VIOLENT, "Mob violence"], ECU_RIOT, actor("Teleamazonas", "journalists", "civilians"),
           "2019-10-12", None, place(["Teleamazonas", "Quito", "Pichincha"], "ECU", -0.1807, -78.4678),
           optional=True, note="attack on Teleamazonas, same city and day (could be folded into e2)"),
        ev("e4", PROTESTS, "Protest with intervention", ECU_PROT,
           actor("Police Forces of Ecuador", "police", "Ecuadorean police", code="ECU"),
           wd("2019-10-08", "Tuesday"), None,
           place(["National Assembly", "National Assembly building", "Quito"], "ECU", -0.2105, -78.4960),
           note="'Tuesday last week' in a Monday report: broke into the Assembly, tear gas. Riots also defensible"),
        ev("e5", PROTESTS, PEACEFUL, ECU_PROT, None, "2019-10-03", "2019-10-13", place(["Ecuador"], "ECU"), (7, 7),
           optional=True, note="11 days of protests nationwide: 7 dead, aggregate"),
        ev("e6", STRAT, OTHER, ECU_GOV, None, "2019-10-03", "2019-10-12",
           place(["Guayaquil", "Guayas"], "ECU", -2.1894, -79.8891), optional=True, note="seat of government moved"),
    ])

# ---- 13. Brazil: the Penha and Alemao raid, live blog --------------------------------------------
RIO_POL = actor("Police Forces of Brazil", "Rio de Janeiro state police", "Military Police", "Civil Police",
                "police", "Rio police", "Polícia Militar", "security forces", code="BRA")
CV = actor("Comando Vermelho", "CV", "Red Command", "drug gang", "gang", "traffickers", "gang members")
PENHA = place(["Complexo da Penha", "Penha", "Complexo do Alemão", "Complexo do Alemao", "Alemão", "Alemao",
               "Rio de Janeiro", "Serra da Misericórdia", "Serra da Misericordia"], "BRA", -22.8420, -43.2770)
P13 = wd("2025-10-29", "Wednesday")
doc("brazil-rio-raid-liveblog-2025-10-29", P13, "Carioca Live",
    "Live: Rio raid toll rises to 119 as residents lay out bodies in Penha",
    "live blog (GMT, newest first)",
    """LIVE: Rio police raid - what we know

Key points
- Rio de Janeiro state now says 119 people died in Tuesday's police operation against the Comando Vermelho in the Penha and Alemão complexes: 115 suspects and four police officers.
- The public defender's office puts the toll at 132.
- The federal government has called an emergency meeting.

19:40 GMT - The state public defender's office says its staff have counted 132 bodies, higher than the government's figure. Human rights groups call the raid the deadliest in Brazil's history.

17:05 GMT - Relatives gathered in the São Lucas square in Penha demanding justice, some holding signs, as police watched from a distance. No clashes were reported.

15:30 GMT - Rio's governor Cláudio Castro says the operation was a success and that the only victims were the four police officers. He says 81 people were arrested and 93 rifles seized.

13:10 GMT - The state security department raises the official toll to 119, from 64 given on Tuesday evening. Officials say many of the dead were found in the forest of the Serra da Misericórdia, where police say gunmen fled.

11:45 GMT - Residents have laid out more than 60 bodies in a row on a street in Penha after bringing them down overnight from the wooded hillside, images from the scene show.

Catch-up: what happened on Tuesday
About 2,500 police officers moved into the two complexes of favelas in Rio's north zone before dawn on Tuesday, in an operation planned for a year against the Comando Vermelho, the city's largest drug gang. Gang members fired on the officers and dropped explosives from drones, police said. In retaliation for the raid, gang members hijacked about 70 buses and used them to block main roads across the city in the afternoon, and schools and businesses closed. The state said on Tuesday evening that 64 people had been killed, including four officers.""",
    [
        ev("e1", BATTLES, CLASH, RIO_POL, CV, wd("2025-10-28", "Tuesday"), None, PENHA, (64, 132),
           note="64 on Tuesday, 119 (115 + 4 police) on Wednesday, public defender 132. One event for two adjacent "
                "complexes (doubt)"),
        ev("e2", [STRAT, RIOTS], [LOOT, VIOLENT], CV, civ("Brazil", "bus drivers", "passengers"), "2025-10-28", None,
           place(["Rio de Janeiro", "Rio"], "BRA", -22.9068, -43.1729), responds_to=["e1"],
           note="about 70 buses hijacked for road blocks 'in retaliation for the raid'"),
        ev("e3", PROTESTS, PEACEFUL, actor("Protesters (Brazil)", "relatives", "residents", "families"), None, P13, None,
           place(["São Lucas square", "Praca Sao Lucas", "Penha", "Rio de Janeiro"], "BRA", -22.8420, -43.2770),
           note="relatives gathered demanding justice; no clashes"),
        ev("e4", STRAT, ARRESTS, RIO_POL, CV, "2025-10-28", None, PENHA, optional=True, note="81 arrests (component)"),
        ev("e5", REMOTE, AIR, CV, RIO_POL, "2025-10-28", None, PENHA, optional=True,
           note="explosives dropped from drones (component of the fighting)"),
    ])

# ---- 14. Afghanistan: the Kabul ambulance bomb ----------------------------------------------------
TALIBAN = actor("Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Haqqani network", "Haqqanis",
                "insurgents", "militants")
P14 = wd("2018-01-28", "Sunday")
doc("afghanistan-kabul-ambulance-bomb-2018-01-28", P14, "Hindu Kush Report",
    "Toll from Kabul ambulance bombing rises to 103; Afghanistan blames Haqqani network",
    "wire",
    """KABUL, Jan 28 (Hindu Kush Report) - The number of people killed when a Taliban suicide bomber drove an ambulance packed with explosives into a crowded street in central Kabul rose to 103 on Sunday, officials said, as the city buried its dead and the government declared a day of mourning.

The health ministry had put the toll at 95 on Saturday evening, with 158 wounded; by Sunday the number of wounded had risen to 235. The bomber, who died in the blast, had passed a first police checkpoint by telling officers he was taking a patient to Jamhuriat hospital, officials said, before detonating the vehicle at a second checkpoint near the old interior ministry building, close to Sidarat square, shortly after midday on Saturday.

The Taliban claimed the attack in a message from their spokesman Zabihullah Mujahid. Afghan intelligence officials said the Haqqani network, a faction of the movement, had planned it from across the border in Pakistan, an accusation Islamabad rejected.

The street, which houses government offices, embassies and a busy market, was full of shoppers and people heading home from work. Most of the dead were civilians, among them several police officers who were manning the checkpoint.

It was the second major attack in the capital in a week. On the night of January 20, Taliban gunmen stormed the Intercontinental Hotel on a hill in western Kabul and battled security forces for more than 12 hours, killing at least 22 people, 14 of them foreigners, before they were killed.

President Ashraf Ghani called the bombing a crime against humanity. The United States, whose president Donald Trump said the attack renewed his resolve, called on Pakistan to act against the militants.""",
    [
        ev("e1", REMOTE, [SUICIDE, IED], TALIBAN, civ("Afghanistan", "shoppers", "passers-by"), wd("2018-01-27", "Saturday"),
           None, place(["Sidarat square", "Jamhuriat hospital", "old interior ministry", "Kabul"], "AFG", 34.5220, 69.1750),
           (96, 104), note="95 on Saturday, 103 on Sunday, + the bomber who 'died in the blast'"),
        ev("e2", [VAC, BATTLES], [ATTACK, CLASH], TALIBAN, civ("Afghanistan", "guests", "foreigners"),
           wd("2018-01-20", "Saturday"), "2018-01-21",
           place(["Intercontinental Hotel", "Hotel Intercontinental", "Kabul"], "AFG", 34.5336, 69.1297), (22, 22),
           note="night of January 20, over 12 hours; 22 dead, attackers killed (number not given: not added)"),
    ])

# ---- 15. Colombia: Duque's helicopter, the Cucuta car bomb -----------------------------------------
FARC_D = actor("FARC dissidents", "FARC dissident", "ELN", "National Liberation Army", "armed group", "gunmen",
               "unidentified armed group", "guerrillas")
COL_ARMY = actor("Military Forces of Colombia", "Colombian army", "30th Brigade", "army", "soldiers", code="COL")
CUCUTA = place(["Cúcuta", "Cucuta", "Norte de Santander"], "COL", 7.8939, -72.5078)
P15 = wd("2021-06-26", "Saturday")
doc("colombia-duque-helicopter-garbled-2021-06-26", P15, "NoticiasYa Online",
    "Colombia president helicopter shot at close to Cucuta, all passengers unharmed",
    "garbled machine-rewritten web copy",
    """Colombia president helicopter shot at close to Cucuta, all passengers unharmed

The helicopter transporting Colombian President Ivan Duque was attacked with fire of guns because it approached the city of Cucuta within the northeast Norte de Santander division on Friday afternoon, the president mentioned, including that no one on board was hurt. The defence minister Diego Molano, the inside minister and the governor of the division have been additionally flying with him coming back from an occasion in Sardinata.

Pictures confirmed bullet holes within the tail and the rotor. "It was a cowardly attack," Duque stated in a video, paraphrased, saying the plane resisted and the armed forces will discover the attackers. Authorities introduced a reward of 3 billion pesos.

No group has claimed the duty. The realm close to the Venezuelan border is disputed by the ELN guerrilla, FARC dissidents and drug gangs.

It was the second assault within the metropolis in ten days. On 15 June a car loaded with explosives blasted contained in the base of the army 30th Brigade in Cucuta, wounding 36 individuals, amongst them troopers and civilians, no one killed. Authorities at the time blamed the ELN, which rejected.

Share this:
Source link""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], FARC_D,
           actor("Ivan Duque", "Iván Duque", "President of Colombia", "Government of Colombia", "presidential helicopter",
                 "Military Forces of Colombia"),
           wd("2021-06-25", "Friday"), None, CUCUTA, (0, 0), note="helicopter shot at near Cucuta; no one hurt"),
        ev("e2", REMOTE, IED, FARC_D, COL_ARMY, wd("2021-06-15", "Tuesday"), None,
           place(["30th Brigade", "30th Brigade base", "Cúcuta", "Cucuta", "Norte de Santander"], "COL", 7.8939, -72.5078),
           (0, 0), note="car bomb inside the 30th Brigade base; 36 wounded, no one killed"),
    ])

# ---- 16. Negative: Somalia, Ethiopia and the Somaliland port deal -------------------------------------
P16 = wd("2024-01-03", "Wednesday")
doc("somalia-ethiopia-port-deal-threats-2024-01-03", P16, "Horn Review",
    "Somalia vows to defend its territory as Ethiopia's sea deal with Somaliland stirs fury",
    "politics (negative: threats and denials)",
    """MOGADISHU, Jan 3 (Horn Review) - Somalia said on Wednesday it would defend its territory "by all legal means" after Ethiopia signed a memorandum of understanding with the breakaway region of Somaliland that would give landlocked Ethiopia access to the sea, calling the deal an act of aggression and a blatant attack on its sovereignty.

President Hassan Sheikh Mohamud told parliament that not an inch of Somalia could be given away, and his cabinet declared the agreement, signed in Addis Ababa on Monday, null and void. Mogadishu recalled its ambassador to Ethiopia for consultations.

Under the memorandum, Somaliland would lease a 20 km stretch of coastline to Ethiopia for a naval base, and Ethiopia would in return consider recognising the region's independence, according to Somaliland's leader Muse Bihi Abdi. Ethiopia's government said the deal did not violate any country's sovereignty and that no party's interests would be harmed.

Analysts warned that the row could hand a propaganda gift to al-Shabaab, which has long painted Ethiopia as an invader, and could unsettle the fight against the group, in which thousands of Ethiopian troops take part. An al-Shabaab statement denounced the deal, but there was no sign of any fresh fighting linked to it.

Egypt, locked in its own dispute with Addis Ababa over a Nile dam, said it stood with Somalia. The African Union and the regional bloc IGAD called for calm and restraint, and Washington urged all sides to avoid escalation.

Somali officials said any attempt to build a base would be "resisted", but diplomats in Nairobi expect the battle to be fought in courtrooms and conference rooms rather than on the ground, for now at least.""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

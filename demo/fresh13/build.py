"""Write demo/fresh13/docs.jsonl and demo/fresh13/gold.jsonl: fresh reports written blind.

Run from anywhere: `python3 demo/fresh13/build.py` (stdlib only, idempotent). Written on 2026-12-02 by a
helper session that never read the extractor's code, data, tests or output (see README.md). Reports are
about real, public incidents (main incidents 2024-2025; background 2021-2025) in South Asia, Southeast Asia,
Latin America and Yemen/Iran, in our own words, written as of their `published` date, from facts in public
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
from gold_kit import (ABDUCT, AIR, ATTACK, BATTLES, CLASH, DISRUPTED, EXCESSIVE, IED, MISSILE, MOB, OTHER,  # noqa: E402
                      PROTESTS, REMOTE, RIOTS, STRAT, SUICIDE, VAC, VIOLENT, LOOT)
from gold_kit import noted_ev as ev, noted_tally as tally  # noqa: E402  (every gold event carries a note)


SET = gold_kit.BlindSet()
doc = SET.doc

COUNTRY = {"PAK": "Pakistan", "AFG": "Afghanistan", "CHN": "China", "ECU": "Ecuador", "PER": "Peru",
           "VEN": "Venezuela", "YEM": "Yemen", "ISR": "Israel", "IRN": "Iran", "BGD": "Bangladesh",
           "IND": "India", "PHL": "Philippines", "IDN": "Indonesia"}


def civ(code: str, *extra):
    return actor(f"Civilians ({COUNTRY[code]})", "civilians", "Civilians", "people", "residents", *extra)


UNID = actor("unidentified armed group", "Unidentified Armed Group", "gunmen", "militants", "attackers",
             "assailants", "armed men")

# ---- actors ------------------------------------------------------------------------------------------
PAK = actor("Military Forces of Pakistan", "Pakistan", "Pakistani military", "Pakistani army", "Pakistan army",
            "Pakistani soldiers", "soldiers", "troops", "security forces", "ISPR", "Inter-Services Public Relations",
            "Military Forces of Pakistan (2024-)", code="PAK")
PAK_AIR = actor("Military Forces of Pakistan", "Pakistan", "Pakistani aircraft", "Pakistani jets",
                "Pakistani air force", "Pakistan Air Force", "Pakistani military", "Islamabad",
                "Military Forces of Pakistan (2024-)", code="PAK")
PAK_NAVY = actor("Military Forces of Pakistan", "Pakistan Navy", "Pakistani navy", "Pakistani military",
                 "security forces", "Frontier Corps", "paramilitary", "Pakistan", code="PAK")
AFG = actor("Military Forces of Afghanistan", "Taliban", "Afghan Taliban", "Taliban forces", "Afghan forces",
            "Taliban border forces", "Taliban government", "Kabul", "Islamic Emirate of Afghanistan",
            "Military Forces of Afghanistan (2021-)", code="AFG")
HGB = actor("Hafiz Gul Bahadur Group", "Hafiz Gul Bahadur group", "Jaish-e-Fursan-e-Muhammad", "militants",
            "Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan", "attackers", "unidentified armed group")
BLA = actor("BLA", "Baloch Liberation Army", "BLA-Majeed Brigade", "Majeed Brigade", "Baloch separatists",
            "separatists", "militants", "attackers", "Baloch Liberation Army (BLA)")
CHN_CIV = actor("Civilians (China)", "Chinese engineers", "Chinese nationals", "Chinese workers", "civilians",
                "Chinese citizens", "Civilians (Pakistan)", "workers", "engineers")
ECU = actor("Military Forces of Ecuador", "Ecuador", "Ecuadorian army", "Ecuadorian soldiers", "soldiers",
            "armed forces", "troops", "military", "Military Forces of Ecuador (2023-)", code="ECU")
CDF = actor("Comandos de la Frontera", "Border Commandos", "FARC dissidents", "dissident armed group",
            "armed group", "unidentified armed group", "attackers", "FARC dissident group")
GANG_PER = actor("unidentified armed group", "criminal gang", "gang", "armed gang", "gunmen", "miners' gang",
                 "illegal miners", "criminals", "Unidentified Armed Group (Peru)")
MINERS_PER = civ("PER", "miners", "workers", "mine workers", "security guards", "Civilians (Peru)")
USA = actor("Military Forces of the United States", "United States", "US military", "US forces", "US Navy",
            "Washington", "US", "Pentagon", "Military Forces of the United States (2025-)", code="USA")
TDA = actor("Tren de Aragua", "narcoterrorists", "drug traffickers", "smugglers", "crew",
            "unidentified armed group", "Civilians (Venezuela)", "civilians")
HOUTHI = actor("Houthis", "Ansar Allah", "Houthi movement", "Houthi rebels", "Houthi forces",
               "Houthi government", "Ansarallah", "Yemen's Houthis", "Military Forces of Yemen (Houthi)")
ISR = actor("Military Forces of Israel", "Israel", "Israeli military", "Israeli army", "Israeli air force",
            "Israeli jets", "IDF", "Israel Defense Forces", "Military Forces of Israel (2022-)", code="ISR")
IRN_POL = actor("Police Forces of Iran", "police", "Iranian police", "police officers", "FARAJA",
                "Police Forces of Iran (1989-)", "security forces", code="IRN")
JAA = actor("Jaish al-Adl", "Jaish al-Adl (Army of Justice)", "Army of Justice", "militants", "gunmen",
            "Sunni militants", "attackers")
AL = actor("Awami League", "Awami League supporters", "Chhatra League", "Bangladesh Chhatra League",
           "rioters", "Rioters (Bangladesh)", "supporters of the banned Awami League", "activists")
NCP = actor("National Citizen Party", "NCP", "NCP activists", "Jatiya Nagorik Party", "rally",
            "Protesters (Bangladesh)", "students")
BGD_SF = actor("Police Forces of Bangladesh", "police", "Military Forces of Bangladesh", "army",
               "security forces", "Bangladesh army", "law enforcers", code="BGD")
IND_POL = actor("Police Forces of India", "DRG", "District Reserve Guard", "security forces", "police",
                "Chhattisgarh Police", "CRPF", "Police Forces of India (2014-)", "Indian security forces",
                "Military Forces of India", code="IND")
MAOISTS = actor("CPI (Maoist)", "Communist Party of India (Maoist)", "Maoists", "Naxalites", "Maoist rebels",
                "Naxals", "People's Liberation Guerrilla Army", "PLGA", "rebels")
PHL = actor("Military Forces of the Philippines", "Philippine army", "Armed Forces of the Philippines", "AFP",
            "soldiers", "troops", "Philippine military", "4th Special Forces Battalion", "Special Forces",
            "Western Mindanao Command", "Military Forces of the Philippines (2022-)", code="PHL")
MILF = actor("MILF", "Moro Islamic Liberation Front", "MILF members", "armed men", "gunmen",
             "unidentified armed group", "Moro rebels")
TPNPB = actor("TPNPB", "West Papua National Liberation Army", "TPNPB-OPM", "OPM", "Free Papua Movement",
              "Papuan rebels", "Papua separatists", "armed criminal group", "KKB", "separatist rebels",
              "rebels", "militants")
IDN_CIV = civ("IDN", "gold miners", "miners", "gold panners", "workers", "Civilians (Indonesia)")

# ---- places ------------------------------------------------------------------------------------------
MIR_ALI = place(["Mir Ali", "North Waziristan", "Khyber Pakhtunkhwa"], "PAK", 33.0000, 70.2800)
BARMAL = place(["Barmal", "Barmal district", "Paktika", "Paktika province"], "AFG", 32.7900, 69.3600)
SEPERA = place(["Sepera", "Spera", "Sepera district", "Khost", "Khost province"], "AFG", 33.1900, 69.6500)
KURRAM = place(["Kurram", "Kurram district", "Khyber Pakhtunkhwa", "Pakistan-Afghanistan border", "Durand Line"],
               "PAK")
BESHAM = place(["Besham", "Shangla", "Shangla district", "Khyber Pakhtunkhwa"], "PAK", 34.9300, 72.8800)
TURBAT = place(["Turbat", "PNS Siddique", "Kech", "Balochistan"], "PAK", 26.0023, 63.0440)
GWADAR = place(["Gwadar", "Gwadar Port Authority complex", "Gwadar Port Authority", "Balochistan"], "PAK",
               25.1264, 62.3225)
KARACHI_AIRPORT = place(["Karachi", "Jinnah International Airport", "Karachi airport", "Sindh"], "PAK",
                        24.9008, 67.1681)
DASU = place(["Dasu", "Upper Kohistan", "Kohistan", "Khyber Pakhtunkhwa"], "PAK", 35.2917, 73.2906)
KU = place(["Karachi", "University of Karachi", "Karachi University", "Confucius Institute", "Sindh"], "PAK",
           24.9415, 67.1210)
ALTO_PUNINO = place(["Alto Punino", "Orellana", "Orellana province", "Amazon"], "ECU")
PATAZ = place(["Pataz", "Pataz province", "La Libertad", "La Libertad region"], "PER", -7.7806, -77.5953)
CARIBBEAN = place(["southern Caribbean", "Caribbean", "Caribbean Sea", "international waters", "Venezuela"],
                  "VEN")
SANAA = place(["Sanaa", "Sana'a", "Sanaa province"], "YEM", 15.3694, 44.1910)
CENTRAL_ISR = place(["Israel", "central Israel"], "ISR")
SAADA = place(["Saada", "Sa'ada", "Saada province", "Saada governorate"], "YEM", 16.9402, 43.7639)
BANI_HARITH = place(["Bani al-Harith", "Bani Harith", "Sanaa", "Sana'a"], "YEM", 15.4200, 44.2100)
TAFTAN = place(["Gohar Kuh", "Gohar Kooh", "Taftan", "Taftan county", "Sistan-Baluchestan",
                "Sistan and Baluchestan"], "IRN")
GOPALGANJ = place(["Gopalganj", "Gopalganj district", "Dhaka division"], "BGD", 23.0050, 89.8266)
ABUJHMARH = place(["Abujhmarh", "Abujhmad", "Narayanpur", "Narayanpur district", "Bastar", "Chhattisgarh"], "IND")
KARREGUTTA = place(["Karregutta", "Karregutta hills", "Kurraguttalu", "Bijapur", "Chhattisgarh",
                    "Chhattisgarh-Telangana border"], "IND")
SUMISIP = place(["Sumisip", "Basilan", "Basilan province"], "PHL", 6.4200, 121.9700)
YAHUKIMO = place(["Yahukimo", "Yahukimo regency", "Seradala", "Highland Papua", "Papua"], "IDN")

# ==== 1. Mir Ali ========================================================================================
P1 = wd("2024-03-16", "Saturday")
doc("pakistan-mir-ali-wire-2024-03-16", P1, "Indus Ledger",
    "Seven Pakistani soldiers killed in suicide attack on post in North Waziristan",
    "wire",
    """PESHAWAR, Pakistan, March 16 (Indus Ledger) - Seven Pakistani soldiers, among them a lieutenant colonel and a captain, were killed early on Saturday when militants rammed a vehicle packed with explosives into a military post in Mir Ali, in the North Waziristan district near the Afghan border, the army said.

According to the military's media wing, Inter-Services Public Relations (ISPR), a group of six attackers tried to force their way into the post. When troops blocked the first assault, the militants drove the explosives-laden vehicle into the compound, bringing down part of a building. Five soldiers died at the scene. Lieutenant Colonel Syed Kashif Ali and Captain Muhammad Ahmed Badar, who led the response, later died of their wounds, the statement said. All six attackers were killed.

A little-known group calling itself Jaish-e-Fursan-e-Muhammad said it carried out the attack. Two security officials told the Indus Ledger that the name was a cover for fighters loyal to Hafiz Gul Bahadur, a militant commander whose men move back and forth across the border.

President Asif Ali Zardari, sworn in only days ago, attended the funeral prayers for the officers in Rawalpindi. He said the blood of the soldiers would not go unanswered and that Pakistan would respond firmly to anyone who attacked its territory, "whoever they are and wherever they are".

Islamabad has repeatedly accused the Taliban government in Kabul of letting militants use Afghan soil to plan attacks inside Pakistan, a charge the Taliban deny. Violence has risen sharply in Khyber Pakhtunkhwa province since the Pakistani Taliban ended a ceasefire with the government in late 2022.

Residents of Mir Ali said the blast shook houses several kilometres away and that mobile phone service in the town was cut for most of the day.
""",
    [
        ev("e1", [REMOTE, BATTLES], [SUICIDE, CLASH], HGB, PAK, P1, None, MIR_ALI, (13, 13),
           note="vehicle bomb and assault on the post; 7 soldiers + the 6 attackers (all killed in their own attack)"),
    ])

# ==== 2. Khost and Paktika ===============================================================================
P2 = wd("2024-03-18", "Monday")
doc("afghanistan-khost-paktika-strikes-2024-03-18", P2, "Hindu Kush Wire",
    "Pakistani jets strike inside Afghanistan; Taliban say eight women and children killed",
    "wire",
    """KABUL/ISLAMABAD, March 18 (Hindu Kush Wire) - Pakistani aircraft bombed targets in two eastern Afghan provinces before dawn on Monday, killing eight people, all of them women and children, the Taliban government said. Hours later Afghan forces fired on Pakistani military posts along the border.

Taliban spokesman Zabihullah Mujahid said the planes hit homes in the Barmal district of Paktika province and in the Sepera district of Khost province at about 3 a.m. He said five women and three children were among the dead and called the strikes a violation of Afghanistan's territory. He did not say how many died in each district.

Pakistan's foreign ministry said it had carried out "intelligence-based anti-terrorist operations" in the border regions inside Afghanistan, aimed mainly at the Hafiz Gul Bahadur group. It said the group, with the Pakistani Taliban, was responsible for several attacks inside Pakistan, including Saturday's suicide attack on a military post in Mir Ali in which seven soldiers were killed. A Pakistani security official said the strikes were carried out in response to the Mir Ali attack.

Later on Monday, Afghanistan's defence ministry said its forces stationed on the border had targeted Pakistani troops "with heavy weapons" in retaliation for the air strikes. Pakistani officials confirmed exchanges of fire in the Kurram district of Khyber Pakhtunkhwa, where residents said mortar rounds landed near a border village, but gave no figures for casualties.

The defence ministry in Kabul warned that Afghanistan had the right to defend its territory and that Pakistan should not blame others for its own security failures. Pakistan's foreign ministry said it wanted to avoid a confrontation with the Afghan people and urged the Taliban to stop militants using their soil.

Relations between the two neighbours have worsened sharply since the Taliban returned to power in 2021. Islamabad has expelled hundreds of thousands of undocumented Afghans since late last year, and border crossings have closed repeatedly after clashes.
""",
    [
        ev("e1", REMOTE, AIR, PAK_AIR, either(civ("AFG", "women and children"), HGB), P2, None, BARMAL, None,
           responds_to=["pakistan-mir-ali-wire-2024-03-16/e1"],
           note="Paktika strike; 8 dead over both districts, split not given"),
        ev("e2", REMOTE, AIR, PAK_AIR, either(civ("AFG", "women and children"), HGB), P2, None, SEPERA, None,
           responds_to=["pakistan-mir-ali-wire-2024-03-16/e1"], note="Khost strike; toll over both districts"),
        ev("e3", REMOTE, AIR, PAK_AIR, civ("AFG"), P2, None,
           place(["Paktika", "Khost", "Afghanistan", "eastern Afghanistan"], "AFG"), (8, 8), optional=True,
           note="aggregate over the two districts: 8 women and children"),
        ev("e4", [BATTLES, REMOTE], [CLASH, MISSILE], AFG, PAK, P2, None, KURRAM, None, responds_to=["e1", "e2"],
           note="Taliban 'heavy weapons' fire on Pakistani posts 'in retaliation'; exchanges of fire in Kurram"),
        ev("e5", [REMOTE, BATTLES], [SUICIDE, CLASH], HGB, PAK, "2024-03-16", None, MIR_ALI, (7, 7),
           same_as="pakistan-mir-ali-wire-2024-03-16/e1", note="Mir Ali recalled ('Saturday'); only the soldiers"),
    ])

# ==== 3. Besham ==========================================================================================
P3 = wd("2024-03-26", "Tuesday")
doc("pakistan-besham-convoy-2024-03-26", P3, "Margalla Times",
    "Suicide bomber kills five Chinese engineers in northwest Pakistan",
    "wire",
    """ISLAMABAD, March 26 (Margalla Times) - Five Chinese engineers and their Pakistani driver were killed on Tuesday when a suicide bomber drove an explosives-laden car into their convoy in northwest Pakistan, police said, the third attack on Chinese-linked targets in the country in a week.

The engineers were travelling from Islamabad to the camp of the Dasu hydropower project, which a Chinese company is building on the Indus river, when the bomber struck near Besham in the Shangla district of Khyber Pakhtunkhwa province, regional police chief Mohammad Ali Gandapur said. Their vehicle was thrown into a ravine by the blast and caught fire. The bomber also died, he said.

No group immediately claimed responsibility. The Pakistani Taliban said they had nothing to do with it.

China's embassy condemned the attack and asked Pakistan to hunt down the perpetrators and to take practical measures to protect Chinese citizens and projects. Prime Minister Shehbaz Sharif visited the Chinese embassy in the evening to offer condolences.

The bombing followed two attacks by Baloch separatists in the southwestern province of Balochistan, where China is building the Gwadar port. On Monday night, gunmen attacked the Pakistan Navy's air station PNS Siddique in Turbat, one of the country's largest naval air bases; the military said four attackers were killed and a paramilitary soldier died in the fighting. Last Wednesday, eight gunmen were killed as they tried to storm the Gwadar Port Authority complex, where two soldiers were also killed, according to the army. The Baloch Liberation Army, which says outsiders are plundering the province's resources, claimed both attacks.

Several thousand Chinese nationals work in Pakistan, many of them on projects of the China-Pakistan Economic Corridor, Beijing's multibillion-dollar investment programme. Pakistan has set up a special army division to guard them.
""",
    [
        ev("e1", REMOTE, SUICIDE, UNID, CHN_CIV, P3, None, BESHAM, (7, 7),
           note="5 Chinese + driver + the bomber ('also died')"),
        ev("e2", [BATTLES], [CLASH], BLA, PAK_NAVY, wd("2024-03-25", "Monday"), None, TURBAT, (5, 5),
           note="'Monday night' attack on PNS Siddique: 4 attackers + 1 paramilitary soldier"),
        ev("e3", [BATTLES], [CLASH], BLA, PAK, wd("2024-03-20", "Wednesday"), None, GWADAR, (10, 10),
           note="'Last Wednesday' (a Tuesday report: the 20th): 8 attackers + 2 soldiers"),
    ])

# ==== 4. Karachi airport (analysis) ======================================================================
P4 = wd("2024-10-08", "Tuesday")
doc("pakistan-karachi-airport-analysis-2024-10-08", P4, "The Arabian Sea Review",
    "Analysis: Karachi airport bombing shows Pakistan cannot keep Chinese workers safe",
    "long-form analysis",
    """KARACHI - The car bomb that exploded shortly before midnight on Sunday outside Jinnah International Airport in Karachi was aimed with precision. It hit a convoy carrying Chinese engineers and investors from the airport towards Port Qasim, where a Chinese company runs a coal-fired power plant, and it killed two Chinese nationals. At least ten other people, among them a Chinese citizen, were wounded, and several vehicles burned.

The Baloch Liberation Army said within hours that one of its suicide bombers, from its Majeed Brigade, had carried out the attack. The bomber died in the blast, police said on Monday. Pakistan's interior minister called it a cowardly act and promised that those behind it would be found; Beijing, in a statement that was unusually sharp, asked Islamabad to "severely punish" the perpetrators and to protect Chinese people, institutions and projects.

For Chinese officials the message must feel familiar. On March 26, a suicide bomber rammed a car into a convoy near Besham in Khyber Pakhtunkhwa, killing five Chinese engineers working on the Dasu dam and their Pakistani driver. Work on Dasu had already been hit once: in July 2021, a bomb on a bus carrying workers to the same project killed 13 people, nine of them Chinese, in Upper Kohistan. And on April 26, 2022, a woman suicide bomber blew herself up beside a minivan at the Confucius Institute of the University of Karachi, killing three Chinese teachers and their Pakistani driver. The BLA claimed that attack too; the Besham and Dasu bombings were blamed on the Pakistani Taliban, who denied it.

Each attack has been followed by the same script: condolences, promises of more protection, a new security unit. Pakistan has said some 15,000 soldiers are dedicated to guarding Chinese citizens. Yet the convoy on Sunday was travelling on one of the most closely watched roads in the country, in the middle of a city of 20 million people, just days before Islamabad hosts a summit of the Shanghai Cooperation Organisation.

Chinese companies have responded by slowing down. Some have pulled staff out of remote sites, and Chinese diplomats have pressed for their own security personnel to operate inside Pakistan, a request that Pakistani officials have so far resisted in public. The China-Pakistan Economic Corridor, launched with great fanfare a decade ago, has fallen far behind schedule, and payments owed to Chinese power producers have piled up.

The separatists' logic is simple. By hitting Chinese targets they hurt Pakistan's most important economic relationship and gain attention far beyond Balochistan. Analysts in Islamabad say the state's answer - more checkpoints, more troops, more disappearances of suspected sympathisers - has deepened the anger the BLA feeds on.

"The question is not whether there will be another attack," said a retired police officer who once headed counter-terrorism in Sindh. "It is where." The investigation into Sunday's bombing is focusing on how the attackers knew the convoy's route and timing. Police said on Tuesday that several people had been detained for questioning, but gave no names.
""",
    [
        ev("e1", REMOTE, [SUICIDE, IED], BLA, CHN_CIV, wd("2024-10-06", "Sunday"), None, KARACHI_AIRPORT,
           (3, 3), note="'shortly before midnight on Sunday': 2 Chinese + the bomber (died in the blast)"),
        ev("e2", REMOTE, SUICIDE, either(UNID, actor("TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan")),
           CHN_CIV, "2024-03-26", None, BESHAM, (7, 7), same_as="pakistan-besham-convoy-2024-03-26/e1",
           note="Besham recalled: 'a suicide bomber rammed ... killing five ... and their driver' + the bomber"),
        ev("e3", REMOTE, [IED, SUICIDE], either(UNID, actor("TTP", "Pakistani Taliban")), CHN_CIV,
           "2021-07-01", "2021-07-31", DASU, (13, 13), note="Dasu bus bomb, 'in July 2021', 13 dead (9 Chinese)"),
        ev("e4", REMOTE, SUICIDE, BLA, CHN_CIV, wd("2022-04-26", "Tuesday"), None, KU, (5, 5),
           note="Confucius Institute: 3 teachers + driver + the bomber ('blew herself up')"),
        ev("e5", STRAT, "Arrests", actor("Police Forces of Pakistan", "police", "Karachi police", "Sindh police",
                                         code="PAK"), UNID, "2024-10-07", P4,
           place(["Karachi", "Sindh"], "PAK", 24.8607, 67.0011), optional=True,
           note="'several people had been detained', undated"),
    ])

# ==== 5. Ecuador ambush (wire) ============================================================================
P5 = wd("2025-05-10", "Saturday")
doc("ecuador-orellana-ambush-2025-05-10", P5, "Andes Wire",
    "Eleven Ecuadorian soldiers killed in Amazon ambush; Noboa declares mourning",
    "wire",
    """QUITO, May 10 (Andes Wire) - Eleven Ecuadorian soldiers were killed on Friday when their patrol was ambushed by an armed group in the Alto Punino area of Orellana province, an Amazon region plagued by illegal gold mining, the armed forces said.

The soldiers came under attack with explosives, grenades and rifle fire, the joint command said in a statement. One soldier was wounded and was flown to a military hospital in Quito. The military said the attackers belonged to Comandos de la Frontera, a group made up of former FARC guerrillas that operates on both sides of the Colombian border and has moved into illegal mining.

According to the army, the ambush was retaliation for an operation earlier on Friday in which troops raided an illegal mining camp in the area, destroying machinery and seizing equipment. A senior officer told reporters the soldiers were attacked as they returned from the operation.

President Daniel Noboa, who began his first full term this month, declared three days of national mourning and said the killers were terrorists who would be hunted down. "There will be no forgiveness," he wrote on social media. His government has declared an "internal armed conflict" against about 20 criminal gangs, which it calls terrorist organisations, and sent the military onto the streets and into the prisons.

It was the deadliest attack on Ecuador's armed forces in decades. Soldiers' relatives gathered outside the Fuerte Militar Amazonas base in Shell, in neighbouring Pastaza province, waiting for news on Saturday.
""",
    [
        ev("e1", BATTLES, CLASH, CDF, ECU, wd("2025-05-09", "Friday"), None, ALTO_PUNINO, (11, 11),
           responds_to=["e2"], note="ambush of the patrol; 11 soldiers killed, 1 wounded; 'retaliation' for e2"),
        ev("e2", STRAT, [LOOT, OTHER], ECU, actor("illegal miners", "Civilians (Ecuador)", "illegal mining camp"),
           "2025-05-09", None, ALTO_PUNINO, optional=True,
           note="raid on an illegal mining camp (machinery destroyed); a coder may not code it"),
    ])

# ==== 6. Ecuador ambush (garbled) =========================================================================
P6 = wd("2025-05-12", "Monday")
doc("ecuador-ambush-garbled-2025-05-12", P6, "Noticias Express Hub",
    "11 military men died in ambuscade in Amazon, Ecuador in mourning",
    "garbled machine-rewritten web copy",
    """11 military men died in ambuscade in Amazon, Ecuador in mourning

Ecuador is in a state of grief after eleven army soldiers lost their lives in an ambuscade that was carried out upon them on the Friday in the region of Alto Punino in the province Orellana, the armed forces have informed, it is the most lethal hit against the troops since many decades ago.

The military men was being attacked by a armed group with explosive devices and with grenades and with firearms while they come back from operation against the illegal mining, one more soldier is with injuries and is receiving attention. Officials of the army is pointing at the dissident group Comandos de la Frontera which consist of ex members of FARC guerrilla, but a communique attributed to the group on the social networks refused any participation and said it was not present in the zone, authenticity of the communique could not be confirmed.

President Noboa has decreed three days of national duel and vowed that those responsible will pay, he say the country will not kneel before the terrorists. Funerals of the soldiers started on Sunday in several provinces with honours.

The area of Alto Punino is known for the mining illegal of gold and the armed groups fight for control of it, according the experts which talked to media.

Source link

Share this:
""",
    [
        ev("e1", BATTLES, CLASH, either(CDF, UNID), ECU, "2025-05-09", None, ALTO_PUNINO, (11, 11),
           same_as="ecuador-orellana-ambush-2025-05-10/e1", note="same ambush; the group denies"),
    ])

# ==== 7. Pataz ==============================================================================================
P7 = wd("2025-05-05", "Monday")
doc("peru-pataz-miners-2025-05-05", P7, "Pacific Coast Chronicle",
    "Bodies of 13 kidnapped mine workers found in Peru's Pataz; government sends in army",
    "wire",
    """LIMA, May 5 (Pacific Coast Chronicle) - Peruvian police on Sunday found the bodies of 13 workers who had been kidnapped more than a week ago from a gold mine in Pataz, in the northern region of La Libertad, officials said, prompting the government to put the area under military control.

The men worked for R&R, a security contractor for the La Poderosa mining company. They were seized on April 26 by an armed gang inside a mine tunnel, according to their relatives, who had complained that the authorities were slow to search for them. A video showing some of the men being shot circulated on social media last week before the bodies were recovered.

Prosecutors said the killings appeared linked to a dispute between criminal groups over control of informal gold extraction in the tunnels of the concession. La Poderosa said it had reported more than a dozen killings of its workers and contractors over the past few years.

President Dina Boluarte said on Monday that the armed forces would take control of security in Pataz, that a curfew would be imposed from 6 p.m. to 6 a.m. and that mining in the province would be suspended for 30 days. Critics noted that Pataz had already been under a state of emergency for more than a year.

The violence in Pataz has grown with the price of gold. In December 2023, at least nine people were killed when gunmen using explosives attacked a La Poderosa mining camp and blew up a power pylon, in what the company called a terrorist attack.
""",
    [
        ev("e1", VAC, ATTACK, GANG_PER, MINERS_PER, "2025-04-26", "2025-05-04", PATAZ, (13, 13),
           note="13 kidnapped workers killed, bodies found Sunday; date of the killing unknown"),
        ev("e2", VAC, ABDUCT, GANG_PER, MINERS_PER, "2025-04-26", None, PATAZ, optional=True,
           note="the kidnapping on April 26: a component of e1 (ACLED might code one event)"),
        ev("e3", STRAT, OTHER, actor("Government of Peru", "Boluarte", "Peruvian government", "Military Forces of Peru",
                                     "armed forces", code="PER"), None, P7, None, PATAZ, optional=True,
           note="curfew, military control and mining suspension announced (policy, not an event)"),
        ev("e4", [VAC, BATTLES], [ATTACK, CLASH], GANG_PER, MINERS_PER, "2023-12-01", "2023-12-31", PATAZ, (9, 9),
           note="'In December 2023' attack on a La Poderosa camp, at least nine"),
    ])

# ==== 8. Caribbean boat strike =================================================================================
P8 = wd("2025-09-03", "Wednesday")
doc("venezuela-caribbean-boat-strike-2025-09-03", P8, "Gulf Stream Wire",
    "US strikes boat it says carried Venezuelan gang members, killing 11",
    "wire",
    """WASHINGTON/CARACAS, Sept 3 (Gulf Stream Wire) - The US military struck a boat in the southern Caribbean on Tuesday, killing 11 people whom President Donald Trump described as members of the Venezuelan gang Tren de Aragua carrying drugs to the United States.

Trump announced the strike on social media and posted a short video that appeared to show a speedboat exploding. He said the boat had left Venezuela and was in international waters when it was hit, and that no US troops were harmed. Secretary of State Marco Rubio said the vessel was operated by a "narco-terrorist organisation" and that such operations would continue.

It was the first known US military strike since Washington sent warships, a submarine and thousands of sailors and marines to the region last month in what it calls a campaign against drug cartels. Officials did not say what weapon was used.

In Caracas, Communication Minister Freddy Nanez said the video looked as if it had been made with artificial intelligence. President Nicolas Maduro, who the US accuses of leading a drug cartel - a charge he rejects - has said that Venezuela would declare itself a "republic in arms" if it were attacked and has called on civilians to join a militia.

Legal experts questioned the basis for the strike. Drug smuggling is normally handled by the coast guard, which stops boats and arrests their crews, and several members of Congress asked the administration to explain what authority it had to kill the people on board. Relatives could not be identified, and Venezuela's government did not say whether it knew who the dead were.
""",
    [
        ev("e1", REMOTE, [AIR, MISSILE], USA, TDA, wd("2025-09-02", "Tuesday"), None, CARIBBEAN, (11, 11),
           note="strike on a boat at sea; weapon not stated (drone or missile); sea coded VEN, no point"),
    ])

# ==== 9. Yemen live blog ========================================================================================
P9 = wd("2025-08-30", "Saturday")
doc("yemen-sanaa-liveblog-2025-08-30", P9, "Red Sea Monitor",
    "Live: Houthis say prime minister killed in Israeli strike on Sanaa",
    "live blog (GMT, newest first)",
    """Live updates. All times GMT. Newest first.

Saturday 30 August

15:20 GMT - Houthi military spokesman Yahya Saree says the group will escalate its attacks on Israel. "The enemy will pay," he says in a televised statement. Israel's military has not commented on the latest threats.

13:45 GMT - Funeral arrangements are expected to be announced on Sunday, a Houthi official tells us. Roads around the government district of Sanaa remain closed.

12:10 GMT - Breaking: The Houthis confirm that their prime minister, Ahmed Ghaleb al-Rahawi, was killed in Thursday's Israeli strike on Sanaa, together with several ministers. A statement from the group's presidency says they were meeting for a workshop to review the government's work when the building was hit. Others were wounded, it says, without giving a figure.

11:30 GMT - Background: Israel's military said on Thursday that it had struck "a military target of the Houthi terrorist regime" in the Sanaa area. Israeli media reported that the target was a gathering of senior Houthi officials who had met to watch a speech by the group's leader, Abdul-Malik al-Houthi.

Catch up: how we got here

Thursday's strike came four days after Israeli jets bombed Sanaa on Sunday, hitting a compound near the presidential palace, the Asar and Hezyaz power stations and a fuel depot. The Houthi-run health ministry said 10 people were killed and 102 wounded. Israel said those strikes were carried out in response to a ballistic missile the Houthis fired at Israel on Friday, 22 August, which it said carried a cluster warhead - the first time the group had used one. Israeli air defences tried to intercept it, and fragments fell in central Israel without causing injuries, the military said.

The Houthis have fired missiles and drones at Israel since the start of the Gaza war, saying they act in solidarity with Palestinians, and Israel has struck ports and power stations in Yemen several times in reply.
""",
    [
        ev("e1", REMOTE, AIR, ISR, either(HOUTHI, actor("Houthi government", "Houthi ministers", "prime minister",
                                                        "Ahmed Ghaleb al-Rahawi")),
           wd("2025-08-28", "Thursday"), None, SANAA, None,
           note="strike killing the PM and 'several ministers': no figure -> null"),
        ev("e2", REMOTE, AIR, ISR, either(HOUTHI, civ("YEM")), wd("2025-08-24", "Sunday"), None, SANAA, (10, 10),
           responds_to=["e3"], note="Sunday's strikes on the palace compound, power stations and fuel depot "
                                   "(Hezyaz is just south of the city; one place); 'in response to' the missile"),
        ev("e3", REMOTE, MISSILE, HOUTHI, ISR, wd("2025-08-22", "Friday"), None, CENTRAL_ISR, (0, 0),
           note="cluster-warhead missile, fragments fell without injuries"),
        ev("e4", STRAT, DISRUPTED, ISR, HOUTHI, "2025-08-22", None, CENTRAL_ISR, optional=True,
           note="interception attempt ('tried to intercept'); success unclear"),
    ])

# ==== 10. Saada migrant centre ================================================================================
P10 = wd("2025-04-28", "Monday")
doc("yemen-saada-migrant-centre-2025-04-28", P10, "Gulf Current",
    "US strike on Yemen migrant centre kills 68, Houthis say",
    "wire",
    """SANAA, April 28 (Gulf Current) - At least 68 African migrants were killed and 47 wounded when US air strikes hit a detention centre in the northern Yemeni province of Saada overnight, the Houthi-run civil defence service said on Monday.

The centre held about 115 migrants, most of them from Ethiopia, the Houthis' al-Masirah television said. It broadcast footage of rescuers pulling bodies from rubble and of wounded men being treated on the floor of a hospital. The International Organization for Migration said it was deeply concerned and called for the protection of civilians.

US Central Command did not comment directly on the Saada strike. A day earlier it said US forces had hit more than 800 targets since March 15, when President Donald Trump ordered a sustained campaign to stop Houthi attacks on shipping, killing hundreds of Houthi fighters and several leaders. It said it assessed reports of civilian harm seriously.

On Sunday night, a strike hit a residential area in Bani al-Harith, a district on the northern edge of Sanaa, killing eight people, among them women and children, according to the Houthis.

Saada, on the border with Saudi Arabia, is the Houthis' heartland and has been bombed repeatedly during the decade-long war. Tens of thousands of migrants from the Horn of Africa cross Yemen each year trying to reach jobs in Saudi Arabia, many of them held for months by smugglers or in detention.
""",
    [
        ev("e1", REMOTE, AIR, USA, civ("YEM", "migrants", "African migrants", "Ethiopian migrants",
                                       "Civilians (Ethiopia)"),
           "2025-04-27", P10, SAADA, (68, 68), note="'overnight' before a Monday report: 27-28 April"),
        ev("e2", REMOTE, AIR, USA, civ("YEM", "women and children"), wd("2025-04-27", "Sunday"), None,
           BANI_HARITH, (8, 8), note="'Sunday night', Bani al-Harith, 8 killed (Houthi figure)"),
        tally("t1", USA, HOUTHI, "2025-03-15", "2025-04-27", place(["Yemen"], "YEM"), None, optional=True,
              note="'more than 800 targets since March 15': targets, not incidents"),
    ])

# ==== 11. Taftan (brief) ======================================================================================
P11 = wd("2024-10-26", "Saturday")
doc("iran-taftan-police-brief-2024-10-26", P11, "Zagros Wire",
    "Ten police killed in attack in southeast Iran",
    "wire brief",
    """ZAHEDAN, Iran, Oct 26 (Zagros Wire) - Ten Iranian police officers were killed on Saturday when gunmen attacked two police vehicles in the Gohar Kuh area of Taftan county, in the restive southeastern province of Sistan-Baluchestan, state media reported.

The Sunni militant group Jaish al-Adl claimed responsibility, according to a statement circulated online. Interior Minister Eskandar Momeni ordered an investigation and said the attackers would be pursued and punished. The province, which borders Pakistan and Afghanistan, has seen repeated clashes between security forces and Baluch militants and drug smugglers.
""",
    [
        ev("e1", [BATTLES, VAC], [CLASH, ATTACK], JAA, IRN_POL, P11, None, TAFTAN, (10, 10),
           note="ambush of two police vehicles; coordinates of Gohar Kuh unsure, left null"),
    ])

# ==== 12. Gopalganj ===========================================================================================
P12 = wd("2025-07-17", "Thursday")
doc("bangladesh-gopalganj-clashes-2025-07-17", P12, "Bengal Delta Herald",
    "Curfew in Gopalganj after deadly clashes at student party rally",
    "newspaper",
    """DHAKA, July 17 (Bengal Delta Herald) - A curfew was in force in Gopalganj on Thursday, a day after at least four people were killed in clashes that erupted when supporters of the banned Awami League attacked a rally of the student-led National Citizen Party (NCP) in the hometown of ousted prime minister Sheikh Hasina.

The violence began on Wednesday morning, when a group armed with sticks attacked the convoy of the local administration chief and set fire to a police vehicle on the road to the town, police said. In the afternoon, as NCP leaders were leaving the rally site after their "March to Gopalganj", hundreds of people threw bricks and crude bombs at them and burned the stage. Police and soldiers fired tear gas and sound grenades, and witnesses said live rounds were also fired as the crowds charged.

Doctors at Gopalganj general hospital said four men died of bullet wounds and that dozens were treated for injuries, among them police officers. A fifth man died in a hospital in Dhaka on Thursday morning, his family said. The army said it had used force in self-defence.

NCP convener Nahid Islam and other leaders took shelter at the office of the district police superintendent for several hours before they were escorted out in army armoured vehicles. The party accused the Awami League of trying to kill them; the Awami League, which the interim government banned in May, said its supporters had been shot for defending the honour of their leader.

The interim government's chief adviser, Muhammad Yunus, condemned the attack on the rally and said those responsible would be brought to justice. The curfew was first imposed on Wednesday evening and extended on Thursday. Police said on Thursday that 25 people had been arrested.
""",
    [
        ev("e1", [RIOTS, PROTESTS], [VIOLENT, MOB, EXCESSIVE], either(AL, BGD_SF), either(NCP, BGD_SF, AL),
           wd("2025-07-16", "Wednesday"), None, GOPALGANJ, (4, 5),
           note="afternoon attack on the NCP rally and the security forces' fire: 4 then 5 dead"),
        ev("e2", RIOTS, [VIOLENT, MOB], AL, actor("Police Forces of Bangladesh", "police", "local administration chief",
                                                  "Government of Bangladesh", code="BGD"),
           "2025-07-16", None, GOPALGANJ, optional=True,
           note="morning attack on the convoy and police vehicle: same place and day, a component"),
        ev("e3", STRAT, "Arrests", BGD_SF, AL, "2025-07-16", P12, GOPALGANJ, optional=True,
           note="25 arrested, undated"),
        ev("e4", STRAT, OTHER, actor("Government of Bangladesh", "authorities", code="BGD"), None, "2025-07-16", P12,
           GOPALGANJ, optional=True, note="curfew imposed on Wednesday evening, extended Thursday"),
    ])

# ==== 13. Abujhmarh (police statement) =========================================================================
P13 = wd("2025-05-21", "Wednesday")
doc("india-abujhmarh-police-statement-2025-05-21", P13, "Bastar Bulletin",
    "Police statement: 27 Maoists including CPI (Maoist) general secretary killed in Abujhmarh encounter",
    "police press release (paraphrase)",
    """PRESS NOTE - Office of the Inspector General of Police, Bastar Range, Jagdalpur - 21 May 2025

Acting on specific intelligence about the presence of senior cadres of the banned CPI (Maoist), including members of its central committee and Politburo, joint teams of the District Reserve Guard (DRG) from Narayanpur, Dantewada, Bijapur and Kondagaon districts launched an anti-Naxal operation in the forests of the Abujhmarh area.

On the morning of 21 May 2025, the Maoists opened fire on the security forces, who returned fire in self-defence. The exchange of fire continued intermittently for several hours.

During the search of the encounter site, the bodies of 27 Maoists were recovered. Among them, according to preliminary identification, is Nambala Keshava Rao alias Basavaraju, general secretary of the CPI (Maoist), who carried a cumulative reward of more than Rs 1.5 crore. A large quantity of weapons, including AK-47 and INSAS rifles, and explosives were seized.

One DRG jawan laid down his life in the line of duty and some jawans sustained injuries; they have been evacuated and are out of danger.

This operation follows the sustained operation in the Karregutta hills along the Chhattisgarh-Telangana border from 21 April to 11 May 2025, during which 31 Maoists were neutralised and a large number of hideouts destroyed.

Search operations in the area are continuing. Further details will be shared after identification of the remaining bodies.
""",
    [
        ev("e1", BATTLES, CLASH, IND_POL, MAOISTS, P13, None, ABUJHMARH, (28, 28),
           note="27 Maoists + 1 DRG jawan; Abujhmarh is a forest area, no point"),
        ev("e2", BATTLES, CLASH, IND_POL, MAOISTS, "2025-04-21", "2025-05-11", KARREGUTTA, (31, 31),
           note="Karregutta hills operation, 21 April - 11 May, 31 Maoists killed (one range event)"),
        ev("e3", STRAT, OTHER, IND_POL, MAOISTS, P13, None, ABUJHMARH, optional=True,
           note="weapons and explosives seized (a component)"),
    ])

# ==== 14. Basilan ===============================================================================================
P14 = wd("2025-01-23", "Thursday")
doc("philippines-basilan-clash-2025-01-23", P14, "Sulu Sea Times",
    "Two soldiers killed, 12 hurt in Basilan firefight",
    "wire",
    """ZAMBOANGA CITY, Philippines, Jan 23 (Sulu Sea Times) - Two soldiers were killed and 12 others wounded on Wednesday when troops came under fire from armed men in the town of Sumisip in Basilan province, the military said.

Soldiers of the Army's 4th Special Forces Battalion were escorting engineers working on a government project when they were fired on by about 50 gunmen, the Western Mindanao Command said in a statement. The gunfight lasted several hours. The wounded were taken to a hospital in Zamboanga City by helicopter.

The military said the gunmen were believed to belong to a unit of the Moro Islamic Liberation Front (MILF), the former rebel group that signed a peace deal with the government in 2014 and now runs the Bangsamoro autonomous region. An MILF official said its fighters had been defending their community after troops entered the area without coordinating through the ceasefire mechanism, and that some of its members were also hurt.

Both sides said they had asked the joint ceasefire committee to investigate. Presidential peace adviser Carlito Galvez said the clash must not derail the peace process, months before the first elections for the Bangsamoro parliament.
""",
    [
        ev("e1", BATTLES, CLASH, either(MILF, UNID), PHL, wd("2025-01-22", "Wednesday"), None, SUMISIP, (2, 2),
           note="2 soldiers killed, 12 wounded; MILF's own casualties not counted"),
    ])

# ==== 15. Yahukimo (garbled) ======================================================================================
P15 = wd("2025-04-11", "Friday")
doc("indonesia-yahukimo-miners-garbled-2025-04-11", P15, "Nusantara Newsfeed",
    "Papua rebels massacre gold miners in Yahukimo, death toll rising",
    "garbled machine-rewritten web copy",
    """Papua rebels massacre gold miners in Yahukimo, death toll rising

Jakarta - The toll of gold miners who was killed by the separatist armed group in Yahukimo regency of Highland Papua province has climbed to 11 persons, the police has informed on Thursday, while the rebels themselves claim that they kill 17 and that all of them is spies.

The militants carried out an offensive on the traditional gold panning sites in the area of Seradala starting from Sunday till Wednesday, they attacked the workers with machetes, arrows and firearms according to the officials of Cartenz Peace Task Force which said the bodies is being evacuated by helicopter to Dekai town. Some more miners are still missing and some manage to escape into forest.

The spokesman of TPNPB (West Papua National Liberation Army), Sebby Sambom, in a statement said their fighters had target the miners because they are members of Indonesian army and intelligence in disguise, the claim was denied by the military which call it "lie to justify the murder of innocent civilians".

The regional police chief promise to hunt down the perpetrators and said additional personnel have been deployed to Yahukimo, the area has seen many incidents of violence in the last years between the rebels and the security apparatus.

Source link

Share this:

Related Posts
""",
    [
        ev("e1", VAC, ATTACK, TPNPB, IDN_CIV, wd("2025-04-06", "Sunday"), wd("2025-04-09", "Wednesday"), YAHUKIMO,
           (11, 17), note="killings 'from Sunday till Wednesday'; police 11, TPNPB claims 17"),
    ])

# ==== 16. Negative: cricket ========================================================================================
P16 = wd("2025-09-29", "Monday")
doc("sport-asia-cup-final-2025-09-29", P16, "The Boundary Line",
    "India beat Pakistan in tense Asia Cup final, then refuse the trophy",
    "sports (negative: metaphors)",
    """DUBAI, Sept 29 (The Boundary Line) - India won the Asia Cup for a ninth time on Sunday night, chasing down 147 to beat Pakistan by five wickets in a final that was as bitter off the field as it was tense on it.

Pakistan had raced to 113 for one, their openers attacking the new ball and Sahibzada Farhan striking a brisk half-century. Then the collapse came: nine wickets fell for 33 runs as Kuldeep Yadav ripped through the middle order with four wickets, and Pakistan were bowled out for 146 with more than an over unused.

India's reply began in ruins. Pakistan's pace attack struck three times in the first four overs, and the crowd of Pakistani supporters roared as if the battle were won. Tilak Varma, 22, steadied the innings, fired a series of boundaries and finished unbeaten on 69, hitting the winning runs with two balls to spare. "He absorbed the pressure and then hit back," his captain Suryakumar Yadav said.

The drama did not end there. India's players refused to accept the trophy from Mohsin Naqvi, the head of the Asian Cricket Council who is also a minister in Pakistan's government, and the ceremony was delayed for over an hour before it was abandoned. India's board called Naqvi's conduct unacceptable and said it would raise the matter with the International Cricket Council; Naqvi said he had waited on stage and was ready to hand over the cup.

Players from the two sides had not shaken hands at any of their three matches in the tournament, a snub rooted in the political tension between the neighbours since the spring. Former captains on both sides called the scenes a blow to the game.

Pakistan's coach said his batters had "shot themselves in the foot" from a winning position.
""",
    [])


if __name__ == "__main__":
    SET.main(HERE, words=(80, 600), reports=16)

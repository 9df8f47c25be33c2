"""Build clusters/ and manifest.json from raw/ (retrieved, cleaned article text) plus
the hand-planted edits and glued passages below, then verify every quoted sentence.

raw/<cluster>/<article>.txt  : retrieved text (headline, blank line, body), unedited. Where no
                               headline was retrieved the first line is the placeholder
                               "[headline not retrieved]"; it is dropped when writing clusters/,
                               so such a written file starts directly with the body.
raw/<cluster>/meta.json      : event line and article metadata.
raw/_glue_sources/*.txt      : retrieved text of the unrelated stories used for gluing.
Run: python3 build_and_check.py   (stdlib only, no model code)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RAW = os.path.join(HERE, "raw")
OUT = os.path.join(HERE, "clusters")

SPLIT = {
    # dev (5): quake, central bank, UK politics, air crash, rail crash
    "bohol_quake_2013": "dev",
    "fed_hike_2022": "dev",
    "truss_resigns_2022": "dev",
    "germanwings_crash_2015": "dev",
    "odisha_train_2023": "dev",
    # test (11)
    "nepal_quake_2023": "test",
    "boe_rate_2023": "test",
    "hobby_lobby_2014": "test",
    "erdogan_runoff_2023": "test",
    "maui_wildfire_2023": "test",
    "apple_q4_2024": "test",
    "guatemala_quake_2012": "test",
    "lorca_quake_2011": "test",
    "baltimore_bridge_2024": "test",
    "hurricane_ian_2022": "test",
    "prorogation_ruling_2019": "test",
    # test, added 2026-11-27 as fresh clusters no detection rule was tuned against
    "morocco_quake_2023": "test",
    "dobbs_ruling_2022": "test",
    "mccarthy_ousted_2023": "test",
    "us_jobs_jan_2023": "test",
    # dev, added 2026-11-27: central bank, court ruling, election, sport, crowd disaster, bank failure
    "ecb_hike_2022": "dev",
    "affirmative_action_2023": "dev",
    "lula_election_2022": "dev",
    "world_cup_final_2022": "dev",
    "itaewon_crush_2022": "dev",
    "svb_collapse_2023": "dev",
    # dev, added 2026-11-27 (second batch): space mission, flood disaster, trial verdict, cricket,
    # company takeover, referendum
    "chandrayaan3_landing_2023": "dev",
    "chauvin_verdict_2021": "dev",
    "cricket_wc_final_2023": "dev",
    "twitter_musk_deal_2022": "dev",
    "voice_referendum_2023": "dev",
    "derna_floods_2023": "dev",
    # dev, added 2026-11-28 (third batch): earthquake (Taiwan), trial verdict, central bank,
    # election, earthquake (Japan)
    "hualien_quake_2024": "dev",
    "trump_verdict_2024": "dev",
    "boj_rate_2024": "dev",
    "uk_election_2024": "dev",
    "noto_quake_2024": "dev",
    # dev, added 2026-11-28 (fourth batch): American football final, submersible disaster, tech takeover,
    # rocket test flight, inflation data release
    "superbowl_lvii_2023": "dev",
    "titan_submersible_2023": "dev",
    "microsoft_activision_2022": "dev",
    "starship_flight_2023": "dev",
    "us_cpi_june_2022": "dev",
    # dev, added 2026-11-28 (fifth batch): strike, death of a monarch, product launch, diplomatic
    # summit, awards ceremony
    "uaw_strike_2023": "dev",
    "queen_death_2022": "dev",
    "vision_pro_2023": "dev",
    "biden_xi_bali_2022": "dev",
    "oscars_2023": "dev",
}

# Where a headline line came from: "page" = retrieved page text, "url_slug" = rebuilt
# from the URL slug, "none" = not retrieved (raw/ shows "[headline not retrieved]"; the
# written file in clusters/ has no headline line at all and starts with the body).
TITLE_FROM_SLUG = {
    "nepal_quake_2023": ["voa", "waradana", "nsemgh"],
    "boe_rate_2023": ["guardian"],
    "hobby_lobby_2014": ["ibtimes", "americanpatriotdaily", "contemporaryobgyn"],
    "germanwings_crash_2015": ["publicnewshub", "latinospost"],
    "odisha_train_2023": ["lokmattimes", "newstodaynet", "asianet", "enewsinsight"],
    "erdogan_runoff_2023": ["belfasttelegraph", "nationalherald", "newser", "uitvconnect"],
    "maui_wildfire_2023": ["survivalistpros"],
    "apple_q4_2024": ["futunn", "syndicatednews", "droidafrica"],
    "guatemala_quake_2012": ["hindubusinessline"],
    "lorca_quake_2011": ["tampabay"],
    "prorogation_ruling_2019": ["northernecho", "reportfocusnews"],
    "hurricane_ian_2022": ["binnews"],
    "truss_resigns_2022": ["banglamirror", "economypk"],
    "dobbs_ruling_2022": ["libertynation", "audacy"],
    "mccarthy_ousted_2023": ["newsworldmedia", "gephardtdaily"],
    "us_jobs_jan_2023": ["njbia", "ktnv", "kq2"],
    "ecb_hike_2022": ["bdnews24", "inkl", "protothema", "cgtn", "nippon"],
    "affirmative_action_2023": ["adn", "igettalk", "vibe"],
    "lula_election_2022": ["thedcpatriot", "stephaniemiller"],
    "world_cup_final_2022": ["kashmirmonitor", "tnp"],
    "itaewon_crush_2022": ["livemint", "opoyi", "republicworld"],
    "chandrayaan3_landing_2023": ["expressandstar", "interestingengineering", "lokmattimes", "cnbctv18",
                                  "finanznachrichten"],
    "chauvin_verdict_2021": ["arktimes"],
    "cricket_wc_final_2023": ["stuff", "metro", "aljazeera"],
    "twitter_musk_deal_2022": ["macrumors", "thenewster", "indiatoday", "bgr", "imore"],
    "voice_referendum_2023": ["kidsnews", "sbs", "coastlive"],
    "derna_floods_2023": ["voanews", "tunisienumerique"],
    "trump_verdict_2024": ["newdelhitimes", "headlineusa"],
    "boj_rate_2024": ["nippon", "livemint", "infralog", "menafn"],
    "uk_election_2024": ["dailymail", "israelhayom"],
    "noto_quake_2024": ["am1news", "pledgetimes"],
    "superbowl_lvii_2023": ["theweek", "news1819", "abc27"],
    "titan_submersible_2023": ["onlinednanews", "eastcoastdaily"],
    "microsoft_activision_2022": ["cnbc", "cbsnews", "foxbusiness", "kyma"],
    "starship_flight_2023": ["breakinglatest", "avpress"],
    "us_cpi_june_2022": ["c3groupconsulting", "michaelsavage"],
    "uaw_strike_2023": ["whtc", "cedarnews"],
    "queen_death_2022": ["refinery29", "eurosport", "ttef", "dailytimes", "lifestyleasia"],
    "vision_pro_2023": ["newser", "polygon", "neowin", "timewarnerent", "yahoo"],
}

# Groups of articles in a cluster that share wire text (near-copies / syndicated).
NEAR_COPIES = {
    "erdogan_runoff_2023": [["belfasttelegraph", "nationalherald"]],
    "lorca_quake_2011": [["tampabay", "independent"], ["expatica", "smh"]],
    "truss_resigns_2022": [["economypk", "charmingpro"]],
    "germanwings_crash_2015": [["straitstimes", "travelbiznews"]],
    "boe_rate_2023": [["gna", "theindustry"]],
    "maui_wildfire_2023": [["survivalistpros", "eurweb"]],
    "hobby_lobby_2014": [["nydailynews", "americanpatriotdaily"]],  # share a few AP sentences
    "itaewon_crush_2022": [["khaleejtimes", "livemint"]],  # livemint rewords the Reuters text khaleejtimes carries
    "chandrayaan3_landing_2023": [["irishtimes", "expressandstar"]],  # same agency text, near-identical sentences
    "twitter_musk_deal_2022": [["bgr", "imore"]],  # share sentences of Twitter's press release
    "hualien_quake_2024": [["amu", "nationthailand"]],  # both reword the same agency copy (Chang Yu-lin quote)
}

E = lambda article, typ, original, edited, supported_by: dict(
    article=article, type=typ, original=original, edited=edited, supported_by=supported_by)

EDITS = {
    "bohol_quake_2013": [
        E("gma", "number",
          "(Updated 12:00 a.m. Oct. 16, 2013) The provinces of Bohol and Cebu were placed under a state of calamity after a magnitude-7.2 earthquake hit the Visayas region Tuesday morning, destroying centuries-old churches and leaving at least 74 people dead.",
          "(Updated 12:00 a.m. Oct. 16, 2013) The provinces of Bohol and Cebu were placed under a state of calamity after a magnitude-6.2 earthquake hit the Visayas region Tuesday morning, destroying centuries-old churches and leaving at least 74 people dead.",
          ["witn", "utsandiego", "megascene"]),
        E("gma", "entity",
          "The epicenter of the quake was in the town of Carmen where the view deck of the famous Chocolate Hills, Bohol's most popular tourist attraction, suffered extensive damage.",
          "The epicenter of the quake was in the town of Tagbilaran where the view deck of the famous Chocolate Hills, Bohol's most popular tourist attraction, suffered extensive damage.",
          ["witn", "utsandiego"]),
    ],
    "hobby_lobby_2014": [
        E("nydailynews", "number",
          "In a 5-to-4 decision written by conservative Justice Samuel Alito, the court said an Obamacare mandate requiring that insurance plans pay for contraceptives violated a law protecting religious freedom.",
          "In a 6-to-3 decision written by conservative Justice Samuel Alito, the court said an Obamacare mandate requiring that insurance plans pay for contraceptives violated a law protecting religious freedom.",
          ["ibtimes", "americanpatriotdaily", "theatlantic", "contemporaryobgyn"]),
        E("nydailynews", "negation",
          "Alito also said the decision is limited to contraceptives under the health care law.",
          "Alito also said the decision is not limited to contraceptives under the health care law.",
          ["americanpatriotdaily", "ibtimes", "theatlantic"]),
    ],
    "erdogan_runoff_2023": [
        E("nationalherald", "entity",
          "In his first comments since the polls closed, Erdogan spoke to supporters on a campaign bus outside his home in Istanbul.",
          "In his first comments since the polls closed, Erdogan spoke to supporters on a campaign bus outside his home in Ankara.",
          ["belfasttelegraph", "newser", "indianarrative"]),
        E("nationalherald", "direction",
          "He ridiculed his challenger, Kemal Kilicdaroglu, for his loss, saying “bye bye bye, Kemal,” as supporters booed.",
          "He ridiculed his challenger, Kemal Kilicdaroglu, for his loss, saying “bye bye bye, Kemal,” as supporters cheered.",
          ["belfasttelegraph", "newser"]),
    ],
    "maui_wildfire_2023": [
        E("bdnews24", "number",
          "The death toll rose by 17 on Thursday to reach 53, Maui County said in a statement that also reported the Lahaina fire was 80% contained, as firefighters secured the perimeter of the wildland areas that burned.",
          "The death toll rose by 27 on Thursday to reach 53, Maui County said in a statement that also reported the Lahaina fire was 80% contained, as firefighters secured the perimeter of the wildland areas that burned.",
          ["hawaiitribune", "survivalistpros"]),
        E("bdnews24", "date",
          "The island that forms part of the US state of Hawaii was caught off guard by at least three major fires that broke out Tuesday night, cutting off the western side of the island and the historic city of Lahaina, where more than 270 structures were destroyed or damaged.",
          "The island that forms part of the US state of Hawaii was caught off guard by at least three major fires that broke out Monday night, cutting off the western side of the island and the historic city of Lahaina, where more than 270 structures were destroyed or damaged.",
          ["hawaiitribune"]),
    ],
    "apple_q4_2024": [
        E("epochtimes", "direction",
          "Revenue from Apple’s Mac business also rose 2 percent to $7.74 billion, while iPad sales reached $6.95 billion, up 8 percent from the previous year, the company stated.",
          "Revenue from Apple’s Mac business fell 2 percent to $7.74 billion, while iPad sales reached $6.95 billion, up 8 percent from the previous year, the company stated.",
          ["xteriorcleaningnews"]),
        E("epochtimes", "entity",
          "Apple recorded a one-time income tax charge of $10.2 billion in the fourth quarter related to a European General Court ruling requiring the company to pay more than $14 billion in back taxes to Ireland.",
          "Apple recorded a one-time income tax charge of $10.2 billion in the fourth quarter related to a European General Court ruling requiring the company to pay more than $14 billion in back taxes to Luxembourg.",
          ["futunn", "syndicatednews"]),
    ],
    "guatemala_quake_2012": [
        E("earthweek", "date",
          "Guatemala’s strongest quake since 1976 killed at least 42 people as it rocked Latin America from Mexico City to El Salvador on Wednesday morning.",
          "Guatemala’s strongest quake since 1976 killed at least 42 people as it rocked Latin America from Mexico City to El Salvador on Thursday morning.",
          ["newstribune", "guardian", "townhall"]),
        E("earthweek", "entity",
          "President Otto Perez Molina said that 40 people died in the state of San Marcos and eight more were killed in the neighboring state of Quetzaltenango.",
          "President Otto Perez Molina said that 40 people died in the state of San Marcos and eight more were killed in the neighboring state of Huehuetenango.",
          ["hindubusinessline"]),
    ],
    "fed_hike_2022": [
        E("theweek", "date",
          "It's the central bank's biggest move since 1994, The New York Times notes.",
          "It's the central bank's biggest move since 1984, The New York Times notes.",
          ["eniancreation", "legitgov", "swfinstitute", "pcbb", "archr"]),
        E("theweek", "quantifier",
          "One official voted against the increase.",
          "No official voted against the increase.",
          ["legitgov", "swfinstitute", "pcbb"]),
    ],
    "lorca_quake_2011": [
        E("independent", "quantifier",
          "Dozens of injured people were being treated at the scene and a field hospital was set up in the town of about 85,000 people.",
          "A handful of injured people were being treated at the scene and a field hospital was set up in the town of about 85,000 people.",
          ["tampabay"]),
        E("independent", "direction",
          "The Spanish prime minister's office put the death toll at 10 and the Murcia administration said the deaths included a minor and occurred with the second, stronger quake.",
          "The Spanish prime minister's office put the death toll at 10 and the Murcia administration said the deaths included a minor and occurred with the first, weaker quake.",
          ["tampabay", "standard"]),
    ],
    "baltimore_bridge_2024": [
        E("wmar2news", "entity",
          "The ship named DALI was sailing under a Singapore flag, hauling cargo for the Danish based company, Maersk, to Colombo, Sri Lanka, according to the Cybersecurity and Infrastructure Security Agency.",
          "The ship named DALI was sailing under a Liberian flag, hauling cargo for the Danish based company, Maersk, to Colombo, Sri Lanka, according to the Cybersecurity and Infrastructure Security Agency.",
          ["independentsentinel"]),
        E("wmar2news", "quantifier",
          "All 22 crew members aboard the ship, including the pilot, have been accounted for with no major injuries reported.",
          "All 22 crew members aboard the ship, including the pilot, have been accounted for with several major injuries reported.",
          ["independentsentinel"]),
    ],
    "truss_resigns_2022": [
        E("charmingpro", "number",
          "This followed a turbulent 45 days in office during which Truss’s mini-budget crashed the markets, she lost two key ministers and lost the confidence of almost all her own MPs.",
          "This followed a turbulent 54 days in office during which Truss’s mini-budget crashed the markets, she lost two key ministers and lost the confidence of almost all her own MPs.",
          ["economypk", "banglamirror", "apdnews"]),
        E("charmingpro", "negation",
          "I will remain as prime minister until a successor has been chosen.",
          "I will not remain as prime minister until a successor has been chosen.",
          ["economypk", "dailybusiness", "sputnik"]),
    ],
    # --- added 2026-11-27 (fresh test clusters) ---
    "morocco_quake_2023": [
        E("irandaily", "date",
          "The quake which struck in Morocco's High Atlas mountains late on Friday night damaged historic buildings in Marrakech – the nearest city to the epicentre – while the most of the fatalities were reported in mountainous areas to the south, Reuters reported.",
          "The quake which struck in Morocco's High Atlas mountains late on Thursday night damaged historic buildings in Marrakech – the nearest city to the epicentre – while the most of the fatalities were reported in mountainous areas to the south, Reuters reported.",
          ["monitor", "gleaner", "menafocus"]),
        E("irandaily", "number",
          "The Interior Ministry said 1,037 people had been killed and another 672 injured by the quake, gauged by the US Geological Survey at a magnitude of 6.8 with an epicentre some 72 km (45 miles) southwest of Marrakech.",
          "The Interior Ministry said 1,037 people had been killed and another 672 injured by the quake, gauged by the US Geological Survey at a magnitude of 6.3 with an epicentre some 72 km (45 miles) southwest of Marrakech.",
          ["monitor", "gleaner", "freepressjournal"]),
    ],
    "dobbs_ruling_2022": [
        E("americanwatchdog", "entity",
          "Justices Thomas and Kavanaugh wrote concurring opinions.",
          "Justices Thomas and Gorsuch wrote concurring opinions.",
          ["libertynation"]),
        E("americanwatchdog", "quantifier",
          "Justices Stephen Breyer, Sonia Sotomayor, and Elena Kagan filed a dissenting opinion which all three signed.",
          "Justices Stephen Breyer, Sonia Sotomayor, and Elena Kagan filed a dissenting opinion which only two of the three signed.",
          ["libertynation", "snopes", "yahoo"]),
    ],
    "mccarthy_ousted_2023": [
        E("knzr", "negation",
          "It’s the first time ever the House has voted to remove the sitting Speaker.",
          "It’s not the first time the House has voted to remove the sitting Speaker.",
          ["sfstandard", "am1090theflag", "newsworldmedia"]),
        E("knzr", "direction",
          "Gaetz has feuded with McCarthy over last week’s funding bill that avoided a partial government shutdown.",
          "Gaetz has feuded with McCarthy over last week’s funding bill that caused a partial government shutdown.",
          ["newsworldmedia", "gephardtdaily", "boingboing"]),
    ],
    # --- added 2026-11-27 (dev clusters) ---
    "ecb_hike_2022": [
        E("inkl", "date",
          "Thursday's more aggressive 50-point shift, the bank's first rate hike since 2011, reflected an updated \"assessment of inflation risks\", according to an ECB statement.",
          "Thursday's more aggressive 50-point shift, the bank's first rate hike since 2008, reflected an updated \"assessment of inflation risks\", according to an ECB statement.",
          ["stylemagazine", "cgtn", "protothema", "nippon", "bdnews24"]),
        E("inkl", "number",
          "Surging energy costs as a consequence of the Russian invasion of Ukraine saw consumer prices in the eurozone rise at the rate of 8.6 percent in June, an all-time high for the currency union and well above the ECB's target of two percent.",
          "Surging energy costs as a consequence of the Russian invasion of Ukraine saw consumer prices in the eurozone rise at the rate of 9.6 percent in June, an all-time high for the currency union and well above the ECB's target of two percent.",
          ["stylemagazine", "cgtn"]),
    ],
    "affirmative_action_2023": [
        E("igettalk", "entity",
          "It ruled 6-3 along ideological lines in the University of North Carolina case, and 6-2 in the Harvard dispute, as Justice Ketanji Brown Jackson recused herself.",
          "It ruled 6-3 along ideological lines in the University of North Carolina case, and 6-2 in the Harvard dispute, as Justice Elena Kagan recused herself.",
          ["vibe", "time", "thecrimson"]),
        E("igettalk", "negation",
          "However, Roberts said that universities can still consider “an applicant’s discussion of how race affected his or her life, be it through discrimination, inspiration, or otherwise.”",
          "However, Roberts said that universities cannot consider “an applicant’s discussion of how race affected his or her life, be it through discrimination, inspiration, or otherwise.”",
          ["ny1"]),
    ],
    "lula_election_2022": [
        E("centreline", "direction",
          "Brasília, OCT 31: Brazilian president-elect Luiz Inacio Lula da Silva called for “peace and unity” after narrowly winning a divisive runoff election Sunday, capping a remarkable political comeback by defeating far-right incumbent Jair Bolsonaro — who has yet to accept defeat.",
          "Brasília, OCT 31: Brazilian president-elect Luiz Inacio Lula da Silva called for “peace and unity” after comfortably winning a divisive runoff election Sunday, capping a remarkable political comeback by defeating far-right incumbent Jair Bolsonaro — who has yet to accept defeat.",
          ["bdnews24", "dundasnews", "israelnationalnews", "stephaniemiller"]),
        E("centreline", "entity",
          "“This country needs peace and unity,” Lula said to loud cheers in a victory speech in Sao Paulo.",
          "“This country needs peace and unity,” Lula said to loud cheers in a victory speech in Rio de Janeiro.",
          ["dundasnews"]),
    ],
    "world_cup_final_2022": [
        E("naijahitplay", "number",
          "Gonzalo Montiel converted the winning spot-kick to clinch a 4-2 shoot-out success for Argentina at the end of a thriller at Lusail Stadium, with goalkeeper Emiliano Martinez having saved Kingsley Coman’s attempt and seen Aurelien Tchouameni fire wide.",
          "Gonzalo Montiel converted the winning spot-kick to clinch a 4-3 shoot-out success for Argentina at the end of a thriller at Lusail Stadium, with goalkeeper Emiliano Martinez having saved Kingsley Coman’s attempt and seen Aurelien Tchouameni fire wide.",
          ["kashmirmonitor", "tnp", "skysports", "vavel"]),
        E("naijahitplay", "quantifier",
          "That teed up penalties, with both Mbappe and Messi converting before Argentina gave its captain a fitting World Cup farewell.",
          "That teed up penalties, with neither Mbappe nor Messi converting before Argentina gave its captain a fitting World Cup farewell.",
          ["skysports"]),
    ],
    # --- added 2026-11-27 (dev clusters, second batch) ---
    "chandrayaan3_landing_2023": [
        E("irishtimes", "date",
          "India’s Chandrayaan-3 took off from a launchpad in Sriharikota in southern India on July 14th, heading for the far side of the moon.",
          "India’s Chandrayaan-3 took off from a launchpad in Sriharikota in southern India on July 24th, heading for the far side of the moon.",
          ["expressandstar", "lokmattimes", "cnbctv18"]),
        E("irishtimes", "direction",
          "The mission follows a failed effort nearly four years ago to land a rover on the lunar surface to carry out scientific experiments.",
          "The mission follows a successful effort nearly four years ago to land a rover on the lunar surface to carry out scientific experiments.",
          ["expressandstar", "lokmattimes", "cnbctv18"]),
    ],
    "chauvin_verdict_2021": [
        E("qz", "quantifier",
          "Derek Chauvin, the former Minneapolis police officer on trial for George Floyd’s murder, has been found guilty of all three charges against him.",
          "Derek Chauvin, the former Minneapolis police officer on trial for George Floyd’s murder, has been found guilty of two of the three charges against him.",
          ["cbsnews", "arktimes", "marieclaire"]),
        E("qz", "negation",
          "Chauvin pleaded not guilty to all three charges brought against him.",
          "Chauvin pleaded guilty to all three charges brought against him.",
          ["marieclaire"]),
    ],
    "cricket_wc_final_2023": [
        E("stuff", "number",
          "He also slog-swept both Ravindra Jadeja and Kuldeep Yavav for sixes, hitting four in total as well as 15 fours.",
          "He also slog-swept both Ravindra Jadeja and Kuldeep Yavav for sixes, hitting six in total as well as 15 fours.",
          ["bangkokpost", "yahoouk"]),
        E("stuff", "entity",
          "Head was eventually caught on the boundary trying to finish the game, allowing Glenn Maxwell to slog the winning runs off his first ball.",
          "Head was eventually caught on the boundary trying to finish the game, allowing Josh Inglis to slog the winning runs off his first ball.",
          ["bangkokpost", "cityam", "yahoouk"]),
    ],
    "twitter_musk_deal_2022": [
        E("macrumors", "number",
          "Two weeks ago, Elon Musk offered to buy Twitter for $54.20 per share.",
          "Two weeks ago, Elon Musk offered to buy Twitter for $52.40 per share.",
          ["yahoofinance", "bgr", "imore"]),
        E("macrumors", "entity",
          "Following his share purchase, Musk was poised to join the company's board to try and enact changes he said would promote \"freedom of speech,\" but Twitter's CEO, Parag Agrawal, unexpectedly announced that Musk would no longer be joining the board.",
          "Following his share purchase, Musk was poised to join the company's board to try and enact changes he said would promote \"freedom of speech,\" but Twitter's CEO, Jack Dorsey, unexpectedly announced that Musk would no longer be joining the board.",
          ["indiatoday", "thenewster", "bgr", "imore"]),
    ],
    # --- added 2026-11-28 (dev clusters, third batch) ---
    "hualien_quake_2024": [
        E("absolutenews", "direction",
          "The 7.4 magnitude quake, which originated 11 miles south of Hualien city, claimed at least nine lives and left over 900 injured.",
          "The 7.4 magnitude quake, which originated 11 miles north of Hualien city, claimed at least nine lives and left over 900 injured.",
          ["fridaynews365", "loktej"]),
        E("absolutenews", "entity",
          "Initial tsunami warnings were issued for Taiwan, southern Japan, and the Philippines, though these were later lifted.",
          "Initial tsunami warnings were issued for Taiwan, southern Japan, and South Korea, though these were later lifted.",
          ["fridaynews365", "nationthailand", "amu"]),
    ],
    "trump_verdict_2024": [
        E("thewellnews", "date",
          "Sentencing is scheduled for July 11.",
          "Sentencing is scheduled for July 1.",
          ["newdelhitimes", "wkxi", "ticklethewire"]),
        E("thewellnews", "number",
          "The jury reached the verdict in a complete victory for the prosecution on the second day of its deliberations.",
          "The jury reached the verdict in a complete victory for the prosecution on the third day of its deliberations.",
          ["ticklethewire", "newdelhitimes"]),
    ],
    "boj_rate_2024": [
        E("wtxnews", "quantifier",
          "The hike means that there are no longer any countries left with negative interest rates.",
          "The hike means that there are no longer many countries left with negative interest rates.",
          ["infralog", "menafn", "livemint"]),
        E("wtxnews", "negation",
          "In a statement announcing the decision, the BOJ said it will keep buying “broadly the same amount” of government bonds as before and ramp up purchases in case yields rise rapidly.",
          "In a statement announcing the decision, the BOJ said it will not keep buying “broadly the same amount” of government bonds as before and ramp up purchases in case yields rise rapidly.",
          ["livemint", "infralog"]),
    ],
    # --- added 2026-11-28 (dev clusters, fourth batch) ---
    "superbowl_lvii_2023": [
        E("theweek", "number",
          "It didn't last long, after Eagles quarterback Jalen Hurts scored his third rushing touchdown of the game, tying things up at 35-35 with 5:15 left on the clock.",
          "It didn't last long, after Eagles quarterback Jalen Hurts scored his second rushing touchdown of the game, tying things up at 35-35 with 5:15 left on the clock.",
          ["independent"]),
        E("theweek", "direction",
          "Mahomes, who aggravated his right ankle injury shortly before halftime, is now the first player to win NFL MVP and the Super Bowl in the same season since 1999.",
          "Mahomes, who aggravated his right ankle injury shortly after halftime, is now the first player to win NFL MVP and the Super Bowl in the same season since 1999.",
          ["abc27", "news1819", "independent", "arizonasports"]),
    ],
    "titan_submersible_2023": [
        E("onlinednanews", "entity",
          "The individuals on board were Oceangate Expeditions CEO Stockton Rush, Pakistani businessman Shahzada Dawood, his son Suleman, British billionaire Hamish Harding, and French adventurer Paul-Henri Nargeolet.",
          "The individuals on board were Oceangate Expeditions CEO Stockton Rush, Indian businessman Shahzada Dawood, his son Suleman, British billionaire Hamish Harding, and French adventurer Paul-Henri Nargeolet.",
          ["sasknow", "urecomm"]),
        E("onlinednanews", "date",
          "Both the text and electronic communication systems of the Titan ceased functioning, leaving no signs of life until the somber discovery made on Thursday.",
          "Both the text and electronic communication systems of the Titan ceased functioning, leaving no signs of life until the somber discovery made on Wednesday.",
          ["cnewslive", "eastcoastdaily", "huffpost"]),
    ],
    "microsoft_activision_2022": [
        E("foxbusiness", "negation",
          "Microsoft is buying Activision Blizzard Inc., the maker of ‘Call of Duty’ and ‘Candy Crush’, in a deal worth $68.7 billion, the companies announced on Tuesday and embattled CEO Bobby Kotick will remain in his role at the video-game maker.",
          "Microsoft is buying Activision Blizzard Inc., the maker of ‘Call of Duty’ and ‘Candy Crush’, in a deal worth $68.7 billion, the companies announced on Tuesday and embattled CEO Bobby Kotick will not remain in his role at the video-game maker.",
          ["cbsnews", "kyma", "cnbc"]),
        E("foxbusiness", "quantifier",
          "The software giant will pay $95.00 per share for the video game maker, in an all-cash transaction making Microsoft the world’s third-largest gaming company by revenue, behind Tencent and Sony.",
          "The software giant will pay $95.00 per share for the video game maker, in a part-cash transaction making Microsoft the world’s third-largest gaming company by revenue, behind Tencent and Sony.",
          ["cnbc", "cbsnews", "kyma", "blockworks", "dailybeast"]),
    ],
    # --- added 2026-11-28 (dev clusters, fifth batch) ---
    "queen_death_2022": [
        E("lifestyleasia", "date",
          "She died peacefully on Thursday afternoon at Balmoral Castle, a special place for both the Queen and the Royal Family.",
          "She died peacefully on Wednesday afternoon at Balmoral Castle, a special place for both the Queen and the Royal Family.",
          ["eurosport", "nationalworld", "dailytimes", "ttef"]),
        E("lifestyleasia", "quantifier",
          "Throughout the day, all of the Queen’s children travelled to Balmoral to be by her side.",
          "Throughout the day, two of the Queen’s children travelled to Balmoral to be by her side.",
          ["dailytimes"]),
    ],
    "vision_pro_2023": [
        E("neowin", "negation",
          "The headset, unlike many other AR and VR devices, does not include hand controllers.",
          "The headset, unlike many other AR and VR devices, does include hand controllers.",
          ["polygon", "timewarnerent", "yahoo", "stuffindia"]),
        E("neowin", "direction",
          "It will launch in early 2024, for a starting price of $3,499.",
          "It will launch in late 2024, for a starting price of $3,499.",
          ["polygon", "timewarnerent", "newser"]),
    ],
    "oscars_2023": [
        E("lbc", "number",
          "The multiverse sci-fi epic, directed by Daniel Kwan and Daniel Scheinert, claimed seven prizes including best directing and best picture, the biggest of the night.",
          "The multiverse sci-fi epic, directed by Daniel Kwan and Daniel Scheinert, claimed six prizes including best directing and best picture, the biggest of the night.",
          ["telanganatoday", "widescreenreview", "trt", "kfiam640"]),
        E("lbc", "entity",
          "Lead Michelle Yeoh won best actress for her portrayal of laundromat manager Evelyn Wang, who stumbles across a “multiverse” of alternative realities, becoming the first person of south-east Asian descent to win the award.",
          "Lead Michelle Yeoh won best actress for her portrayal of laundromat manager Joy Wang, who stumbles across a “multiverse” of alternative realities, becoming the first person of south-east Asian descent to win the award.",
          ["hellomagazine"]),
    ],
}

GLUED = {
    "nepal_quake_2023": dict(
        article="connectnepali", source="foxnews_nepal_2015.txt",
        source_url="http://www.foxnews.com/world/2015/05/12/magnitude-74-earthquake-strikes-nepal-days-after-deadly-magnitude-78-quake.html",
        source_event="Magnitude-7.3 earthquake in Nepal on Tuesday 12 May 2015 (Fox News)",
        sentences=[
            "At least 37 people were killed Tuesday after a major earthquake struck Nepal, triggering landslides and toppling buildings less than three weeks after the Himalayan nation was ravaged by its worst quake in decades.",
            "Tuesday's magnitude-7.3 earthquake was centered near the Chinese border between Nepal's capital, Kathmandu, and Mt. Everest.",
            "It was followed closely by at least five aftershocks measuring from magnitude-5.6 to magnitude-6.3.",
            "Nepal's Home Ministry reported at least 42 deaths but later lowered the toll to 37.",
            "Meanwhile, it said at least 1,139 people had been injured in Nepal.",
        ]),
    "boe_rate_2023": dict(
        article="upday", source="thetimes_boe_2022.txt",
        source_url="https://www.thetimes.co.uk/article/uk-interest-rates-raised-to-2-25-3pzhz3cnm",
        source_event="Bank of England raises rates to 2.25% on 22 September 2022 (The Times)",
        sentences=[
            "The Bank of England has raised interest rates for the seventh consecutive time to 2.25 per cent, the highest since 2008, as it warned that the economy was already in recession and inflation would remain in the double-digits for most of the year.",
            "The central bank’s nine-strong monetary policy committee (MPC) voted by five to four in favour of a 50-basis-point rise for the second consecutive meeting, defying market expectations of a bumper 75-basis-point tightening.",
            "The newest member of the MPC, Swati Dhingra, voted in favour of a 25-basis-point rise.",
        ]),
    "germanwings_crash_2015": dict(
        article="domainb", source="cnn_hawaii_skydiving_crash.txt",
        source_url="https://rssfeeds.cloudsite.builders/plane-crash/",
        source_event="Skydiving plane crash near Dillingham Airfield, Oahu, Hawaii (CNN text; date not in the retrieved excerpt)",
        sentences=[
            "A small plane crashed while on a skydiving excursion in Hawaii and erupted into flames, killing all nine people aboard, authorities said.",
            "The King Air twin-engine plane went down Friday evening near Dillingham Airfield on Oahu’s north shore with no apparent survivors, the Hawaii Department of Transportation tweeted.",
            "It was on a skydiving excursion when it crashed around 6:30 p.m., Honolulu Fire Department Chief Manuel P. Neves said.",
            "The plane was engulfed in flames when firefighters arrived, and they worked to extinguish them.",
        ]),
    # --- added 2026-11-27 (dev cluster) ---
    "itaewon_crush_2022": dict(
        article="opoyi", source="spotlightnepal_kanjuruhan_2022.txt",
        source_url="https://www.spotlightnepal.com/2022/10/03/indonesian-police-says-125-die-soccer-match-chaos-east-java/",
        source_event="Crush after a football match at Kanjuruhan Stadium, Malang, East Java, Indonesia, on Saturday 1 October 2022 (Spotlight Nepal, 2022-10-03)",
        sentences=[
            "Indonesian police say 125 people have died as a result of chaos that followed a professional soccer match in the province of East Java.",
            "Police say spectators invaded the pitch after a match at a stadium in Malang city on Saturday night.",
            "Host Arema FC lost to Persebaya Surabaya.",
            "Police responded by firing tear gas, causing a stampede among panicked fans.",
        ]),
    # --- added 2026-11-27 (dev cluster, second batch): a clearly different topic (tennis) ---
    "voice_referendum_2023": dict(
        article="newscomau", source="howafrica_wimbledon_2023.txt",
        source_url="https://howafrica.com/alcaraz-beats-djokovic-in-five-sets-to-win-first-wimbledon-title/",
        source_event="Carlos Alcaraz beats Novak Djokovic in five sets in the Wimbledon men's singles final, Sunday 16 July 2023 (HowAfrica)",
        sentences=[
            "Carlos Alcaraz defeated seven-time champion Novak Djokovic to claim his first Wimbledon title on Sunday, shattering the Serb’s dream of a record-equalling 24th Grand Slam crown.",
            "World number one Alcaraz recovered from dropping the first set and saving a set point in the second to win 1-6, 7-6 (8/6), 6-1, 3-6, 6-4 after four hours and 42 minutes on Centre Court.",
            "It was the 20-year-old Spaniard’s second major triumph after winning the US Open last year, and he became Wimbledon’s third youngest men’s champion.",
            "The outcome will also fuel conjecture about the beginning of a generational change, with the 36-year-old Djokovic carrying the torch of the ‘Big Three’ now that Roger Federer has retired and Rafael Nadal has been sidelined, maybe forever.",
        ]),
    # --- added 2026-11-28 (dev cluster, third batch): another UK general election ---
    "uk_election_2024": dict(
        article="nzyahoo", source="nehandaradio_uk_election_2019.txt",
        source_url="https://nehandaradio.com/2019/12/13/election-results-2019-boris-johnson-hails-new-dawn-after-historic-victory/",
        source_event="Boris Johnson's Conservatives win the UK general election of Thursday 12 December 2019, with a Commons majority of 78 and one seat still to declare (Nehanda Radio, 2019-12-13)",
        sentences=[
            "Boris Johnson has promised to deliver Brexit and repay the trust of voters after he led the Conservatives to an “historic” general election win.",
            "The prime minister – who is meeting the Queen to ask to form a new government – has a Commons majority of 78, with one seat still to declare.",
            "He said he would work “flat out” and lead a “people’s government”.",
            "Jeremy Corbyn said he would not fight another election as Labour leader, amid recriminations over the party’s defeat.",
        ]),
    # --- added 2026-11-28 (dev cluster, fourth batch): the second Starship test flight ---
    "starship_flight_2023": dict(
        article="urdupoint", source="thenationonlineng_starship_2023.txt",
        source_url="https://thenationonlineng.net/spacex-loses-contact-with-starship-mega-rocket-after-explosion-during-second-test-flight/",
        source_event="SpaceX's second Starship test flight from Boca Chica, Texas, on Saturday 18 November 2023: the booster separates but explodes, and contact with the ship is lost about 10 minutes into the flight (The Nation, Nigeria, 2023-11-18)",
        sentences=[
            "The two-stage 397ft rocket – the largest and most powerful ever built – arced out over the Gulf of Mexico after blasting off from the Elon Musk-owned company’s launch site near Boca Chica, with SpaceX looking to separate the spaceship from its booster and send it into space.",
            "It was aiming for an altitude of 150 miles – just high enough for the spacecraft to travel around the globe before ditching into the Pacific near Hawaii 90 minutes after lift-off.",
            "But while the booster appeared to have successfully separated it exploded a short time later.",
            "The main craft continued into space but around 10 minutes into the flight a company broadcaster said mission control had lost contact with the vehicle.",
        ]),
    # --- added 2026-11-28 (dev cluster, fifth batch): the next Biden-Xi meeting, a year later ---
    "biden_xi_bali_2022": dict(
        article="gulftime", source="abc7_biden_xi_woodside_2023.txt",
        source_url="https://abc7.com/biden-xi-meeting-us-china-relations-apec-summit-sf-bay-area/14062578/",
        source_event="Joe Biden and Xi Jinping meet for four hours at the Filoli estate in Woodside, California, on the sidelines of the APEC summit, on Wednesday 15 November 2023, and agree to curb illicit fentanyl and restore military communications (ABC7 Los Angeles, 2023-11-15)",
        sentences=[
            "U.S. President Joe Biden and China's Xi Jinping emerged from their first face-to-face meeting in a year on Wednesday with vows to stabilize their fraught relationship and showcasing modest agreements to combat illegal fentanyl and re-establish military communications.",
            "The two leaders spent four hours together - in meetings, a working lunch and a garden stroll - intent on showing the world that while they are global economic competitors they're not locked in a winner-take-all faceoff.",
            "\"Planet Earth is big enough for the two countries to succeed,\" Xi told Biden.",
            "The U.S. president told Xi: \"I think it's paramount that you and I understand each other clearly, leader-to-leader, with no misconceptions or miscommunications.",
            "We have to ensure competition does not veer into conflict.\"",
        ]),
}

def D(arts, what, sentences=None, soft=False):
    """A real disagreement: the articles involved, what differs, and for each article the
    sentence(s) of its written file (clusters/, verbatim, whole sentences or whole
    headline lines) that state its side. soft=True (with sentences={}) marks a
    disagreement that cannot be pinned to sentences."""
    d = {"articles": arts, "what": what, "sentences": sentences or {}}
    if soft:
        d["soft"] = True
    return d


REAL = {
    "nepal_quake_2023": [
        D(["voa", "waradana", "nsemgh", "connectnepali", "pardafas", "journalnews"], "Death toll: 128 (voa, waradana, nsemgh, connectnepali) vs 133 = 95 Jajarkot + 38 Rukum West (pardafas) vs at least 37 = 20 Rukum + 17 Jajarkot (journalnews, early AP report).", {
            "voa": ["Nepal Quake Kills 128, Reduces Village to Rubble",
                    "At least 128 people were killed and scores more injured after a powerful quake hit western Nepal, reducing some buildings in Jajarkot to piles of rubble, video filmed Saturday morning showed."],
            "waradana": ["Strong earthquake hits Nepal, at least 128 killed",
                         "Officials said on Saturday that at least 128 people were killed and dozens injured in Nepal when a strong earthquake struck the Jajarkot area in the west of the country, causing buildings to shake and homes to collapse.",
                         "The police spokesperson reported that 92 people were killed in Jajarkot and 36 in the neighboring Rukum West district, both located in the Karnali Province."],
            "nsemgh": ["Nepal earthquake: 130 killed and 35 injured",
                       "At least 128 people have been killed and dozens injured after a strong earthquake struck western Nepal on Friday.",
                       "In Jajarkot district which is near the epicentre, 92 people were confirmed dead and another 55 injured, Nepal police spokesperson Kuber Kadayat said.",
                       "The quake killed at least 36 people in neighboring Rukum district, where numerous houses collapsed."],
            "connectnepali": ["Tragedy Strikes Nepal: Earthquake Claims 92 Lives in Jajarkot and 36 in Rukum West",
                              "Kathmandu – The devastating earthquake that struck Nepal last night has left 128 people dead, according to Prime Minister Prachanda’s Secretariat.",
                              "Of these, 92 lost their lives in Jajarkota, while 36 perished in Rukum West."],
            "pardafas": ["Jajarkot Earthquake Disaster: Death Toll Climbs to 133",
                         "The latest report from the Karnali Province Emergency Operations Center confirms that the death toll has reached 133.",
                         "Jajarkot suffered the most significant loss with 95 fatalities, while Rukum West recorded 38 casualties."],
            "journalnews": ["An earthquake has shaken northwestern Nepal, and officials say at least 37 people are dead and dozens more injured as rescuers search the mountainous villages",
                            "KATHMANDU, Nepal (AP) — An earthquake shook northwestern Nepal districts, and officials said at least 37 people were dead and dozens more injured as rescuers searchd the mountainous villages.",
                            "The earthquake killed at least 20 people in Rukum district, where numerous houses collapsed, police official Narvaraj Bhattarai said over the telephone.",
                            "In neighboring Jajarkot district, 17 people were confirmed dead, government administration official Harish Chandra Sharma said."],
        }),
        D(["voa", "waradana", "nsemgh", "journalnews"], "Location of Jajarkot: about 500 km west of Kathmandu (voa, waradana, nsemgh) vs about 400 km (250 miles) northeast of Kathmandu (journalnews).", {
            "voa": ["Jajarkot is about 500 kilometers west of the capital Kathmandu."],
            "waradana": ["Officials fear that the death toll from Friday's earthquake could rise since communication has been lost with the mountainous region near the epicenter, located 500 kilometers west of the capital Kathmandu, where residents also felt tremors."],
            "nsemgh": ["Jajarkot is about 500km (310 miles) west of the capital, Kathmandu."],
            "journalnews": ["Nepal’s National Earthquake Monitoring & Research Center measured the earthquake at 6.4 magnitude and said its epicenter was at Jajarkot, which is about 400 kilometers (250 miles) northeast of the Nepalese capital, Kathmandu."],
        }),
        D(["pardafas", "voa", "journalnews", "nsemgh"], "Magnitude: 6.14 (pardafas) vs 6.4 per Nepal's centre (voa, journalnews) vs 5.6 per USGS (nsemgh, which calls it 'the 5.6-magnitude quake').", {
            "pardafas": ["Last night, a devastating 6.14 magnitude earthquake rocked the Jajarkot and Rukum West districts of Nepal, leaving behind a trail of destruction and loss."],
            "voa": ["Nepal's National Seismological Centre said the quake was a magnitude 6.4 but the German Research Centre for Geosciences later downgraded the magnitude to 5.7 and the U.S. Geological Survey pegged it as a magnitude 5.6."],
            "journalnews": ["Nepal’s National Earthquake Monitoring & Research Center measured the earthquake at 6.4 magnitude and said its epicenter was at Jajarkot, which is about 400 kilometers (250 miles) northeast of the Nepalese capital, Kathmandu."],
            "nsemgh": ["The 5.6-magnitude quake hit the far west of the Himalayan country late Friday and was measured by the US Geological Survey at just 18 kilometres (11 miles) deep."],
        }),
        D(["connectnepali", "nsemgh", "pardafas"], "Injured in Rukum West: 85 (connectnepali, nsemgh) vs 72 (pardafas).", {
            "connectnepali": ["In addition to the tragic loss of life, 55 individuals were reported injured in Jajarkot, with 85 sustaining injuries in Rukum West."],
            "nsemgh": ["At least 85 injured people had been taken to the local hospital, he said."],
            "pardafas": ["Additionally, the earthquake has caused injuries, affecting 55 individuals in Jajarkot, 72 in Rukum West, 2 in Dailekh, 1 in Salyan, and 5 in Jumla."],
        }),
    ],
    "bohol_quake_2013": [
        D(["gma", "witn", "utsandiego", "megascene"], "Death toll: at least 74 (gma) vs 20 (witn, utsandiego) vs at least 40 (megascene body; its headline says 144).", {
            "gma": ["Powerful quake kills 74 people, destroys heritage churches in Bohol, Cebu",
                    "(Updated 12:00 a.m. Oct. 16, 2013) The provinces of Bohol and Cebu were placed under a state of calamity after a magnitude-6.2 earthquake hit the Visayas region Tuesday morning, destroying centuries-old churches and leaving at least 74 people dead."],
            "witn": ["20 Killed In 7.2 Philippine Earthquake, Disaster Agency Says",
                     "A magnitude-7.2 earthquake struck in the central Philippines on Tuesday morning, killing 20 people and severely damaging some of the country's most hallowed churches, authorities said.",
                     "Twenty people were reported killed, the National Disaster Risk Reduction and Management Council said early Tuesday afternoon — 15 in Cebu province, four in Bohol province and one in Siquijor province."],
            "utsandiego": ["Strong quake shakes central Philippines, kills 20",
                           "— Civil defense officials say the death toll has risen to 20 in a 7.2-magnitude earthquake that hit the central Philippines."],
            "megascene": ["Big Quake Jolts Bohol, Cebu; 144 Dead",
                          "CEBU CITY — A magnitude 7.2 earthquake jolted Bohol, Cebu and parts of Central Visayas Tuesday, destroying centuries-old churches, malls, buildings, roads and bridges and killing at least 40 persons and injuring more than 100 persons."],
        }),
        D(["gma", "witn", "utsandiego", "megascene"], "Deaths by province: Bohol 65, Cebu 8 (gma) vs Bohol 4, Cebu 15 (witn, utsandiego) vs Bohol 26, Cebu 15 (megascene).", {
            "gma": ["At least 65 people died in collapsed structures and landslides on the island of Bohol, 630 km (390 miles) south of the capital, according to a report from the region 7 office of the National Disaster Risk Reduction and Management Council (NDRRMC).",
                    "The report said eight others died in Cebu and another on Siquijor island."],
            "witn": ["Twenty people were reported killed, the National Disaster Risk Reduction and Management Council said early Tuesday afternoon — 15 in Cebu province, four in Bohol province and one in Siquijor province."],
            "utsandiego": ["Civil defense spokesman Maj. Reynaldo Balido says 15 of the deaths in Tuesday morning's quake came from Cebu province, an urban and more densely populated island than the epicenter in nearby Bohol Island.",
                           "Four people died in Bohol and one is Siquijor Island, southwest of Bohol.",
                           "At least four were killed on Bohol, said the island's Gov. Edgardo Chatto."],
            "megascene": ["Twenty six of the dead were in Bohol, said Governor Edgar Chato as he appealed for tents, water and ready-to-serve food for those affected by the temblor and its continuing aftershocks.",
                          "Fifteen of those dead were in Cebu, according to initial reports from authorities."],
        }),
        D(["gma", "megascene", "witn"], "Loon church: nearly completely destroyed (gma) / totally destroyed (megascene) vs 'sustained significant damage' (witn).", {
            "gma": ["Loon's church was nearly completely destroyed, trapping people in the rubble, Archbishop Leonardo Medroso of Bohol told GMA News."],
            "megascene": ["Tagbilaran Bishop Leonardo Medroso told CBCP News that the tremors were “so strong” damaging the historical churches and totally destroying the Loon Church."],
            "witn": ["The centuries-old churches of Baclayon, Loon and Dauis, also in Bohol, sustained significant damage, provincial Gov. Edgar Chatto said."],
        }),
        D(["witn", "gma", "megascene"], "Loboc church: 'was toppled' (witn) vs damaged / heavily damaged (gma, megascene).", {
            "witn": ["The Loboc Church in Bohol, built by the Spanish in the 17th century, was toppled."],
            "gma": ["In Bohol, the heritage churches of Dauis (pictured above) and Loboc were among several cultural treasures that were damaged."],
            "megascene": ["Centuries-old churches in Loboc, Baclayon, Dauis and Loay in Bohol provinces were heavily damaged and another church was totally destroyed."],
        }),
    ],
    "boe_rate_2023": [],
    "hobby_lobby_2014": [
        D(["nydailynews", "ibtimes", "contemporaryobgyn"], "Religion of Hobby Lobby's owners: 'Southern Baptist' (nydailynews) vs 'evangelical Christians' (ibtimes) vs 'a Christian family' (contemporaryobgyn).", {
            "nydailynews": ["The birth control mandate was challenged by the Southern Baptist owners of Hobby Lobby, an arts and crafts chain, and the Mennonite owners of Conestoga Wood Specialties, a cabinetmaker."],
            "ibtimes": ["Oklahoma City-based Hobby Lobby, which has more than 15,000 full-time employees in more than 600 crafts stores in 41 states, is owned by the Green family, who are evangelical Christians."],
            "contemporaryobgyn": ["The Greens, a Christian family that owns Hobby Lobby, and the Hahns, a Mennonite family that owns Conestoga Wood Specialties, claim that certain kinds of birth control-types that the Affordable Care Act would cover-are the same as abortion."],
        }),
    ],
    "germanwings_crash_2015": [
        D(["publicnewshub", "straitstimes", "travelbiznews", "cgtn"], "People aboard: 'as many as 148 passengers and airplane crew dead' (publicnewshub lead; its own later sentence says 144 + 6) vs 150 (others).", {
            "publicnewshub": ["A Germanwings Airbus A320 is reported to have crashed in the French Alps, leaving as many as 148 passengers and airplane crew dead.",
                              "In a statement, Germanwings, which is a budget subsidiary of the well-known airliner, Lufthansan, said 144 passengers and 6 crew were aboard the plane when it crashed."],
            "straitstimes": ["All 150 on board Germanwings Airbus killed in crash in French Alps",
                             "SEYNE, France (AFP) - A plane operated by the budget carrier of Germany's Lufthansa crashed in a remote area of the French Alps Tuesday, killing all 150 on board in the worst aviation disaster on French soil in decades."],
            "travelbiznews": ["Plane crash kills 150 people in French Alps; Europe in shock",
                              "Seyne-les-Alpes (France) (AFP / AP ) – A plane operated by the budget carrier of Germany’s Lufthansa crashed in a remote area of the French Alps, killing all 150 on board in the worst aviation disaster on French soil in decades."],
            "cgtn": ["Germanwings plane crashes with 150 people on board",
                     "French Officials say the plane was carrying 150 people between Barcelona and Dusseldorf when it came down in the French Alps around 100 miles north of Nice, according to officials."],
        }),
        D(["latinospost", "cgtn"], "Distance from Nice: black box found about 65 miles north of Nice (latinospost) vs crash site around 100 miles north of Nice (cgtn).", {
            "latinospost": ["Debris from the crash has been located 6,800 feet above elevation, and one of the flight's black boxes was found about 65 miles north of the Riviera city of Nice."],
            "cgtn": ["French Officials say the plane was carrying 150 people between Barcelona and Dusseldorf when it came down in the French Alps around 100 miles north of Nice, according to officials."],
        }),
        D(["domainb", "latinospost"], "Germanwings chief executive: 'CEO Oliver Wagner' (domainb) vs 'CEO Thomas Winkelmann' (latinospost).", {
            "domainb": ["According to Germanwings CEO Oliver Wagner, ''There were 144 passengers and six crew members (150 people overall) on Tuesday's doomed Germanwings flight 4U 9525."],
            "latinospost": ["Officials said air-traffic controllers lost contact with Airbus A320 at 10:53 a.m. local time just as it landed near the popular Pra Loup ski resort, airline CEO Thomas Winkelmann said."],
        }),
        D(["publicnewshub", "latinospost"], "Timing: crashed at about 10:15am (publicnewshub) vs air-traffic contact lost at 10:53 a.m. (latinospost).", {
            "publicnewshub": ["The plane, which was travelling from Barcelona to the German city of Dusseldorf is said to have crashed at about 10:15am local time."],
            "latinospost": ["Officials said air-traffic controllers lost contact with Airbus A320 at 10:53 a.m. local time just as it landed near the popular Pra Loup ski resort, airline CEO Thomas Winkelmann said."],
        }),
        D(["publicnewshub", "straitstimes", "travelbiznews"], "Distress call: publicnewshub says a distress call was sent (by air traffic controllers) vs the crew 'made no distress call' (straitstimes, travelbiznews).", {
            "publicnewshub": ["Twenty two minutes into the flight the Airbus 320 is said to have disappeared from radar, resulting in a distress call being sent from the air traffic controllers."],
            "straitstimes": ["Budget airline Germanwings said the Airbus plunged for eight minutes but the crew made no distress call before crashing near the ski resort of Barcelonnette, according to French officials."],
            "travelbiznews": ["The pilots sent out no distress call and had lost radio contact with their control center, France’s aviation authority said, deepening the mystery."],
        }),
    ],
    "odisha_train_2023": [
        D(["asianet", "enewsinsight", "dnaindia"], "Injured: 179 shifted to hospitals (asianet; enewsinsight 132 + 47) vs around 200 (dnaindia) vs over 300 (enewsinsight lead).", {
            "asianet": ["The Odisha Chief Secretary has informed that 179 injured passengers have been shifted to the Soro Community Health Centre, Gopalpur Community Health Centre, and Khantapada Primary Healthcare Centre."],
            "enewsinsight": ["Over 300 individuals have been reported injured, with approximately 50 feared dead, as several coaches of the train derailed and collided head-on with another train on a separate track.",
                             "Presently, 132 injured individuals have been admitted to Soro, Gopalpur, and Khantapada health centers, while 47 others have been taken to the Balasore Medical College and Hospital, according to Odisha’s Chief Secretary Pradeep Jena."],
            "dnaindia": ["Odisha train accident: 50 dead, over 200 injured as Coromandel Express derails; PM Modi expresses grief",
                         "According to the Chief Secretary of Odisha, around 200 people were hurt when the Coromandel Express derailed, and those who were hurt have been sent to Soro CHC, Gopalpur CHC, and Khantapada PHC."],
        }),
        D(["newstodaynet", "asianet"], "Coaches derailed: four (newstodaynet) vs eight (asianet).", {
            "newstodaynet": ["According to reports, several passengers sustained injuries after the train collided head-on with a goods train causing the derailment of four coaches of the superfast passenger train."],
            "asianet": ["The latest information suggests that eight bogies of the 12841 UP Shalimar-Chennai Coromandel Express derailed after colliding with the goods train near Bahanaga station."],
        }),
        D(["enewsinsight", "lokmattimes", "newstodaynet", "asianet", "dnaindia"], "What the Coromandel Express hit: a goods train (lokmattimes, newstodaynet, asianet, dnaindia) vs 'another train on a separate track' (enewsinsight); asianet adds that a second passenger train also derailed.", {
            "enewsinsight": ["Over 300 individuals have been reported injured, with approximately 50 feared dead, as several coaches of the train derailed and collided head-on with another train on a separate track."],
            "lokmattimes": ["Multiple fatalities feared as Coromandel Express collides with goods train",
                            "The Coromandel Express train collided with a goods train in Odisha's Balasore district on Friday."],
            "newstodaynet": ["According to reports, several passengers sustained injuries after the train collided head-on with a goods train causing the derailment of four coaches of the superfast passenger train."],
            "asianet": ["Coromandel Express derails after ramming into goods train",
                        "East Coast Railway officials said that Coromandel Express (12841) and Bengaluru-Howrah Superfast (12864) derailed one after another.",
                        "However, Coromandel Express derailed and collided head-on with the goods train."],
            "dnaindia": ["Unfortunate events occurred on Friday when the Shalimar-Chennai Coromandel Express (12841) collided with a cargo train and crashed at Bahanaga station in Odisha's Balasore district."],
        }),
        D(["newstodaynet", "enewsinsight", "dnaindia"], "Dead: 'over 50' (newstodaynet) vs 'approximately 50 feared' (enewsinsight) vs '50 people have reportedly died' (dnaindia).", {
            "newstodaynet": ["Reports say over 50 died in the mishap"],
            "enewsinsight": ["Over 300 individuals have been reported injured, with approximately 50 feared dead, as several coaches of the train derailed and collided head-on with another train on a separate track.",
                             "Sadly, officials in Balasore district have reported that around 50 individuals are feared to have lost their lives in the tragic incident."],
            "dnaindia": ["50 people have reportedly died in the train mishap, according to Zee News."],
        }),
    ],
    "erdogan_runoff_2023": [
        D(["rudaw", "indianarrative", "belfasttelegraph", "nationalherald", "uitvconnect", "newser"], "Erdogan's share: 52.14% (rudaw, indianarrative) vs 52.1% (belfasttelegraph, nationalherald, Anadolu with 98% counted) vs 52.10% (uitvconnect) vs 52% (newser).", {
            "rudaw": ["President Erdogan, the candidate of his ruling Justice and Development Party (AKP), far-right Movement People’s Party (MHP) and other smaller parties, managed to maintain his seat on Sunday’s vote by winning 52.14 percent of the votes while his rival Kemal Kilicdaroglu gained 47.86 percent, according to state-owned Anadolu Agency."],
            "indianarrative": ["With 99.43 per cent of the votes counted, preliminary official results announced by Turkey’s Supreme Election Council (YSK) on Sunday showed Erdogan winning with 52.14 per cent of the votes."],
            "belfasttelegraph": ["The state Anadolu news agency showed Mr Erdogan at 52.1%, and his challenger, Kemal Kilicdaroglu, at 47.9%."],
            "nationalherald": ["The state Anadolu news agency showed Erdogan at 52.1%, and his challenger, Kemal Kilicdaroglu, at 47.9%."],
            "uitvconnect": ["Erdogan secured 52.10 per cent of votes while his contender Kemal Kilicdaroglu, 74, the leader of the centre-left Republican People’s Party (CHP) and presidential nominee of the opposition bloc, received 47.90 per cent, after 99.49 per cent of ballot boxes were opened, Xinhua news agency reported, citing the results delivered by the semi-official Anadolu Agency."],
            "newser": ["With nearly 99% of ballot boxes opened, unofficial results from competing news agencies showed Erdogan with 52% of the vote, compared with 48% for his challenger, Kemal Kilicdaroglu."],
        }),
        D(["rudaw", "belfasttelegraph", "nationalherald"], "ANKA figure: 'almost exact figure' to Anadolu's 52.14/47.86 (rudaw) vs 51.9% / 48.1% (AP via belfasttelegraph, nationalherald).", {
            "rudaw": ["President Erdogan, the candidate of his ruling Justice and Development Party (AKP), far-right Movement People’s Party (MHP) and other smaller parties, managed to maintain his seat on Sunday’s vote by winning 52.14 percent of the votes while his rival Kemal Kilicdaroglu gained 47.86 percent, according to state-owned Anadolu Agency.",
                      "The pro-opposition ANKA news agency gave an almost exact figure."],
            "belfasttelegraph": ["Meanwhile, the ANKA news agency, close to the opposition, showed the results at 51.9% for Mr Erdogan and Mr Kilicdaroglu at 48.1%."],
            "nationalherald": ["Meanwhile, the ANKA news agency, close to the opposition, showed the results at 51.9% for Erdogan and Kilicdaroglu at 48.1%."],
        }),
        D(["rudaw", "uitvconnect"], "First round: 49.5% / 44.8% (rudaw) vs 49.52% / 44.88% (uitvconnect) (rounding only).", {
            "rudaw": ["The Turkish president gained 49.5 percent of the votes while his rival won 44.8 percent."],
            "uitvconnect": ["In the first round of the presidential election on May 14, Erdogan earned 49.52 per cent of the vote while Kilicdaroglu received 44.88 per cent."],
        }),
        D(["rudaw", "uitvconnect", "belfasttelegraph"], "Status of results: 'final results' / official figures (rudaw) vs unofficial / preliminary results (uitvconnect, belfasttelegraph).", {
            "rudaw": ["ERBIL, Kurdistan Region - Turkish President Recep Tayyip Erdogan won Sunday’s first-ever runoff presidential vote, maintaining his two-decade rule of the country following a highly-contested race with an opposition candidate, according to final results.",
                      "Turkey's electoral council published official figures which match those published by the state media."],
            "uitvconnect": ["Ankara, May 29 – Turkish President Recep Tayyip Erdogan has won the presidential runoff, according to unofficial results."],
            "belfasttelegraph": ["Preliminary, unofficial results from Turkish news agencies had showed Mr Erdogan ahead with 98% of ballot boxes counted."],
        }),
    ],
    "maui_wildfire_2023": [
        D(["bdnews24", "survivalistpros", "hawaiitribune", "cleanenergyrevolution", "eurweb"], "Structures destroyed: more than 270 destroyed or damaged (bdnews24) vs 'upwards of 1,700' (survivalistpros, hawaiitribune) vs more than 1,000 (cleanenergyrevolution) vs 'hundreds' (eurweb).", {
            "bdnews24": ["The island that forms part of the US state of Hawaii was caught off guard by at least three major fires that broke out Monday night, cutting off the western side of the island and the historic city of Lahaina, where more than 270 structures were destroyed or damaged."],
            "survivalistpros": ["He estimated that “upwards of 1,700 buildings” were destroyed."],
            "hawaiitribune": ["Green also said the estimate of buildings destroyed on Maui is “upwards of 1,700,” sharply higher than the initial estimate Wednesday of 271."],
            "cleanenergyrevolution": ["More than 1,000 structures were destroyed by fires that were still burning, he said."],
            "eurweb": ["Officials say the devastation is so widespread – and so catastrophic – that it’s hard to estimate just how many buildings were burned to the ground or damaged, but they estimate hundreds of structures have been impacted."],
        }),
        D(["bdnews24", "survivalistpros", "cleanenergyrevolution"], "Containment: Lahaina fire 80% contained (bdnews24, survivalistpros) vs 'most of the fires have yet to be contained' (cleanenergyrevolution).", {
            "bdnews24": ["The death toll from Maui's wildfires rose to 53 on Thursday as the fast-moving conflagration that turned the resort town of Lahaina into smoldering ruins was 80% contained, officials said.",
                         "The death toll rose by 27 on Thursday to reach 53, Maui County said in a statement that also reported the Lahaina fire was 80% contained, as firefighters secured the perimeter of the wildland areas that burned."],
            "survivalistpros": ["The fire was 80% contained by Thursday morning, local time, Maui County officials said in a news release."],
            "cleanenergyrevolution": ["However, the situation has rapidly escalated, and most of the fires have yet to be contained."],
        }),
    ],
    "apple_q4_2024": [
        D(["epochtimes", "futunn", "syndicatednews", "xteriorcleaningnews"], "iPhone revenue growth: 6% (epochtimes, futunn, syndicatednews) vs 5.4% (xteriorcleaningnews).", {
            "epochtimes": ["Apple CEO Tim Cook said during Thursday’s earnings call that iPhone sales jumped 6 percent from the previous year, totaling $46.22 billion in the fourth quarter of this year."],
            "futunn": ["iPhone's overall revenue increased by 6%, which is the first positive sign of the strong performance of iPhone 16 in the market."],
            "syndicatednews": ["iPhone sales were up 6% year-over-year."],
            "xteriorcleaningnews": ["iPhone sales, a critical segment for the company, rose by 5.4% to $46.2 billion, reversing a trend of declining sales over the previous two quarters."],
        }),
        D(["epochtimes", "xteriorcleaningnews"], "Mac and iPad growth: Mac +2% to $7.74bn, iPad +8% (epochtimes; in the written file the planted direction edit turns its Mac +2% into 'fell 2 percent') vs Mac +1.3% to $7.7bn, iPad +7.8% (xteriorcleaningnews).", {
            "epochtimes": ["Revenue from Apple’s Mac business fell 2 percent to $7.74 billion, while iPad sales reached $6.95 billion, up 8 percent from the previous year, the company stated."],
            "xteriorcleaningnews": ["In other product categories, Mac computers saw a modest sales increase of 1.3% to $7.7 billion, while iPad sales climbed by 7.8% to $6.9 billion."],
        }),
        D(["futunn", "xteriorcleaningnews", "droidafrica"], "iPhone 16 sales window in the quarter: about a week (futunn, xteriorcleaningnews) vs the last ten days (droidafrica).", {
            "futunn": ["Apple's latest device was launched on September 20th, giving Apple about a week of new product sales time in this quarter."],
            "xteriorcleaningnews": ["This growth followed the release of the iPhone 16 in September, capturing just about one week of the new model’s sales in the quarterly results."],
            "droidafrica": ["The iPhone 16 series, which debuted toward the end of the quarter, was available for just the last ten days of the reporting period, yet its impact was significant enough to drive revenue growth."],
        }),
    ],
    "guatemala_quake_2012": [
        D(["newstribune", "earthweek", "hurriyet", "hindubusinessline", "townhall", "guardian"], "Death toll: 3 confirmed (newstribune, early AP) vs at least 42 (earthweek, whose own breakdown 40 + 8 = 48) vs 48 (hurriyet, hindubusinessline) vs 52 (townhall, guardian).", {
            "newstribune": ["Guatemala quake kills at least 3, dozens missing",
                            "SAN MARCOS, Guatemala (AP) - A 7.4-magnitude earthquake struck off the Pacific coast of Guatemala on Wednesday, ravaging a small state near the Mexican border, where three people were confirmed dead and as many as 100 missing, according to preliminary reports from the country's president.",
                            "President Otto Perez Molina updated the casualties throughout the day, earlier reporting as many as 15 dead and saying three were confirmed by mid-afternoon."],
            "earthweek": ["Guatemala’s strongest quake since 1976 killed at least 42 people as it rocked Latin America from Mexico City to El Salvador on Thursday morning.",
                          "President Otto Perez Molina said that 40 people died in the state of San Marcos and eight more were killed in the neighboring state of Huehuetenango."],
            "hurriyet": ["A strong earthquake off the coast of Guatemala killed at least 48 people and trapped others under rubble on Nov. 7, crushing homes and cars, destroying roads and forcing evacuations as far away as Mexico City."],
            "hindubusinessline": ["7.4-magnitude quake hits Guatemala, 48 dead",
                                  "A 7.4-magnitude earthquake has rocked Guatemala, killing at least 48 people in two provinces as it toppled thick adobe walls, shook huge landslides down onto highways, and sent terrified villagers streaming into the streets of this idyllic mountain town near the border with Mexico."],
            "townhall": ["At least 52 people were killed in the 7.5 magnitude quake on Wednesday, many of them crushed under debris in San Marcos state, a mountainous region near the Mexican border."],
            "guardian": ["Country's worst earthquake since 1976 has resulted in more than 52 deaths",
                         "The death toll in Guatemala's worst earthquake since 1976 has risen to 52 people, and many of the 22 still missing are not expected to be found alive, said President Otto Pérez Molina."],
        }),
        D(["townhall", "newstribune", "hurriyet", "earthweek", "guardian", "hindubusinessline"], "Magnitude: 7.5 (townhall/Reuters) vs 7.4 (all others).", {
            "townhall": ["At least 52 people were killed in the 7.5 magnitude quake on Wednesday, many of them crushed under debris in San Marcos state, a mountainous region near the Mexican border."],
            "newstribune": ["SAN MARCOS, Guatemala (AP) - A 7.4-magnitude earthquake struck off the Pacific coast of Guatemala on Wednesday, ravaging a small state near the Mexican border, where three people were confirmed dead and as many as 100 missing, according to preliminary reports from the country's president."],
            "hurriyet": ["Landslides triggered by the 7.4-magnitude quake blocked highways and complicated rescue efforts."],
            "earthweek": ["The 7.4 magnitude quake was centered beneath the Pacific about 100 miles west-southwest of the capital, Guatemala City."],
            "guardian": ["He said the powerful 7.4-magnitude quake that hit on Wednesday morning off the Pacific coast affected up to 1.2m people as it shook nearly the entire country."],
            "hindubusinessline": ["7.4-magnitude quake hits Guatemala, 48 dead",
                                  "A 7.4-magnitude earthquake has rocked Guatemala, killing at least 48 people in two provinces as it toppled thick adobe walls, shook huge landslides down onto highways, and sent terrified villagers streaming into the streets of this idyllic mountain town near the border with Mexico."],
        }),
        D(["newstribune", "hurriyet"], "1976 quake toll: 23,000 (newstribune) vs 'more than 20,000' (hurriyet).", {
            "newstribune": ["Hundreds of frightened villagers were on the streets, one of which was cracked open by the temblor, the strongest to hit Guatemala since a deadly 1976 quake that killed 23,000."],
            "hurriyet": ["It was the strongest earthquake to hit the Central American nation since 1976, when a 7.5-magnitude quake killed more than 20,000 people."],
        }),
        D(["newstribune", "hindubusinessline", "hurriyet", "townhall", "guardian"], "Missing: 100 (newstribune, hindubusinessline) vs 23 (hurriyet) vs 22 (townhall, guardian).", {
            "newstribune": ["SAN MARCOS, Guatemala (AP) - A 7.4-magnitude earthquake struck off the Pacific coast of Guatemala on Wednesday, ravaging a small state near the Mexican border, where three people were confirmed dead and as many as 100 missing, according to preliminary reports from the country's president.",
                            "He said 100 more people were missing."],
            "hindubusinessline": ["One hundred people were missing, and hundreds were injured."],
            "hurriyet": ["President Otto Perez, who confirmed the death toll after returning to the capital Guatemala City from a lightning trip to San Marcos, said that as many as 23 people were unaccounted for, while 153 people were being housed in emergency shelters."],
            "townhall": ['"Sadly we expect the number to keep rising," Perez told reporters in Guatemala City, adding that 22 people were missing and around 200 injured.',
                         "Nearly two dozen people were still missing and President Otto Perez forecast that the death toll would climb."],
            "guardian": ["The death toll in Guatemala's worst earthquake since 1976 has risen to 52 people, and many of the 22 still missing are not expected to be found alive, said President Otto Pérez Molina."],
        }),
        D(["hurriyet", "guardian"], "People in shelters: 153 (hurriyet) vs about 700 (guardian).", {
            "hurriyet": ["President Otto Perez, who confirmed the death toll after returning to the capital Guatemala City from a lightning trip to San Marcos, said that as many as 23 people were unaccounted for, while 153 people were being housed in emergency shelters."],
            "guardian": ["He said about 700 people were in shelters, with most opting to stay with family or friends."],
        }),
    ],
    "fed_hike_2022": [
        D(["legitgov", "pcbb", "swfinstitute"], "Vote: 'Of the eight-member committee, seven voted in favor' (legitgov) vs a 10-1 vote (pcbb; swfinstitute lists ten members voting for and Esther George against).", {
            "legitgov": ["Of the eight-member committee, seven voted in favor of the hike while one member, Esther George, President of the Federal Reserve Bank of Kansas City, voted against the increase, preferring that it be 0.5 percent instead."],
            "pcbb": ["10-1 policy vote"],
            "swfinstitute": ["According to the Federal Reserve’s press release on June 15, 2022, “Voting for the monetary policy action were Jerome H. Powell, Chair; John C. Williams, Vice Chair; Michelle W. Bowman; Lael Brainard; James Bullard; Lisa D. Cook; Patrick Harker; Philip N. Jefferson; Loretta J. Mester; and Christopher J. Waller.",
                             "Voting against this action was Esther L. George, who preferred at this meeting to raise the target range for the federal funds rate by 0.5 percentage point to 1-1/4 percent to 1-1/2 percent."],
        }),
    ],
    "lorca_quake_2011": [
        D(["tampabay", "independent", "expatica", "smh", "standard", "guardian"], "Death toll: 10 (tampabay, independent; PM's office) vs 8 (expatica, smh, standard; Murcia government, revised down) vs 9 (guardian).", {
            "tampabay": ["Spain rattled by two quakes that leave 10 dead",
                         "MADRID - Two earthquakes struck southeast Spain in quick succession Wednesday, killing at least 10, injuring dozens and causing major damage to buildings, officials said.",
                         "The Spanish prime minister's office put the death toll at 10, and the Murcia administration said the deaths occurred with the second, stronger quake."],
            "independent": ["Ten killed in deadliest Spanish earthquake for over half a century",
                            "TWO earthquakes struck southeast Spain in quick succession yesterday, killing at least 10 people, injuring dozens and causing major damage to buildings.",
                            "The Spanish prime minister's office put the death toll at 10 and the Murcia administration said the deaths included a minor and occurred with the first, weaker quake."],
            "expatica": ["5.1 quake kills eight, smashes buildings in Spain",
                         "A magnitude 5.1 quake killed at least eight people in southern Spain on Wednesday, sending historic buildings crashing down as panicked residents fled.",
                         "Eight people including one child perished in the southeastern city of Lorca in the deadliest tremor in Spain in more than five decades, the regional government of Murcia said in a statement."],
            "smh": ["5.1 quake kills eight, topples buildings in Spain",
                    "A magnitude 5.1 quake killed at least eight people in southern Spain, sending historic buildings crashing down as panicked residents fled for their lives.",
                    "Eight people perished in the deadliest tremor in Spain in more than five decades, a spokeswoman for the regional government of Murcia said, revising down an earlier toll of 10 dead without explanation."],
            "standard": ["Eight deaths confirmed in south Spain quake",
                         "Eight people including a pregnant woman died in the worst earthquake to hit Spain for 55 years."],
            "guardian": ["Concerns over how relatively minor tremors caused serious damage to buildings in Lorca, where nine people have died",
                         "The death toll in Spain's worst earthquake for 50 years has risen to nine after another victim died of injuries sustained when twin shocks hit the town of Lorca."],
        }),
        D(["tampabay", "independent", "guardian", "expatica", "smh", "standard"], "Magnitude of the main quake: 5.2 (tampabay, independent, guardian) vs 5.1 (expatica, smh, standard); USGS 5.3 (tampabay).", {
            "tampabay": ["The epicenter of the quakes - with magnitudes of 4.4 and 5.2 - was close to the town of Lorca, and the second came about two hours after the first.",
                         "Seismologist John Bellini said the larger earthquake had a preliminary 5.3 magnitude and struck 220 miles south-southeast of Madrid at 6:47 p.m. (12:47 p.m. EDT)."],
            "independent": ["The epicentre of the quakes -- with magnitudes of 4.4 and 5.2 -- was close to the town of Lorca, and the second came about two hours after the first, an official with the Murcia regional government said."],
            "guardian": ["Two pregnant women and a child were among those who died in the quakes, which had magnitudes of 4.4 and 5.2."],
            "expatica": ["5.1 quake kills eight, smashes buildings in Spain",
                         "A magnitude 5.1 quake killed at least eight people in southern Spain on Wednesday, sending historic buildings crashing down as panicked residents fled."],
            "smh": ["5.1 quake kills eight, topples buildings in Spain",
                    "A magnitude 5.1 quake killed at least eight people in southern Spain, sending historic buildings crashing down as panicked residents fled for their lives."],
            "standard": ["The 5.1 magnitude quake, which struck yesterday, caused the collapse of a three-storey building where the expectant mother lived."],
        }),
        D(["tampabay", "independent", "standard", "guardian"], "Lorca population: about 85,000 (tampabay, independent) vs 90,000 (standard) vs 92,000 (guardian).", {
            "tampabay": ["Dozens of injured were treated at the scene and a field hospital was set up in the town of about 85,000 people, officials said."],
            "independent": ["A handful of injured people were being treated at the scene and a field hospital was set up in the town of about 85,000 people."],
            "standard": ["A total of 167 people were injured and more than 20,000 spent the night sleeping outdoors in parks and a fairground site in the town, which has a population of 90,000."],
            "guardian": ["Residents of the town, which has a population of 92,000, began clearing rubble, with the regional government of Murcia estimating that 80% of buildings had been damaged."],
        }),
        D(["expatica", "standard", "guardian"], "Injured: 167, three serious (expatica, standard) vs 120, two serious (guardian).", {
            "expatica": ["Another 167 were injured including three in grave condition in hospital, health officials reported."],
            "standard": ["A total of 167 people were injured and more than 20,000 spent the night sleeping outdoors in parks and a fairground site in the town, which has a population of 90,000.",
                         'Three of the injured were today described as "very serious".'],
            "guardian": ["Authorities put the number of injured at 120 and said two people were still in a serious condition."],
        }),
        D(["smh", "guardian", "standard"], "Victims: 'a pregnant woman and two children' (smh) vs 'Two pregnant women and a child' (guardian) vs a pregnant woman and a 14-year-old (standard).", {
            "smh": ["Among the dead were a pregnant woman and two children, said regional newspaper La Verdad."],
            "guardian": ["Two pregnant women and a child were among those who died in the quakes, which had magnitudes of 4.4 and 5.2."],
            "standard": ["Eight people including a pregnant woman died in the worst earthquake to hit Spain for 55 years.",
                         "The 14-year-old son of a bar owner also died after being hit by falling masonry as he ran from his home in Lorca near the earthquake's epicentre."],
        }),
        D(["expatica", "smh", "standard"], "People displaced: about 10,000 evacuated from the city centre (expatica, smh) vs more than 20,000 slept outdoors (standard).", {
            "expatica": ["About 10,000 people were evacuated from the cordoned-off city-centre."],
            "smh": ["About 10,000 people were evacuated from the cordoned-off city-centre."],
            "standard": ["A total of 167 people were injured and more than 20,000 spent the night sleeping outdoors in parks and a fairground site in the town, which has a population of 90,000."],
        }),
    ],
    "prorogation_ruling_2019": [
        D(["bbc", "newskoop"], "Whose functions were frustrated: 'the ability of Parliament' (bbc, quoting Lady Hale) vs 'the ability of Downing Street' (newskoop); newskoop alone says Hale found Johnson 'misled the Queen'.", {
            "bbc": ['She added: "The decision to advise Her Majesty to prorogue Parliament was unlawful because it had the effect of frustrating or preventing the ability of Parliament to carry out its constitutional functions without reasonable justification."'],
            "newskoop": ["In a polite but firm ruling, Hale said Johnson misled the Queen because the prorogation of parliament had the effect of frustrating or preventing the ability of Downing Street to carry out its constitutional functions without reasonable justification."],
        }),
        D(["northernecho", "yahoo", "reportfocusnews"], "Johnson's reaction: 'strongly disagree(d)' (northernecho, yahoo) vs 'profoundly disagreed' (reportfocusnews).", {
            "northernecho": ['"I have to say that I strongly disagree with what the justices have found.'],
            "yahoo": ["Speaking from New York, the PM said he “strongly disagreed” with the judges’ decision.",
                      "“I have to say that I strongly disagree with what the justices have found."],
            "reportfocusnews": ["The PM said he “profoundly disagreed” with the ruling but would “respect” it."],
        }),
    ],
    "baltimore_bridge_2024": [
        D(["wmar2news", "republicmonews", "independentsentinel"], "Missing: six (wmar2news, republicmonews) vs at least / as many as seven (independentsentinel).", {
            "wmar2news": ["DUNDALK — Six people are missing after a container ship collided with the I-695 Francis Scott Key Bridge in Baltimore, causing it to collapse into the Patapsco River.",
                          "We're told six construction workers are still missing, with search and rescue efforts underway."],
            "republicmonews": ["Six persons remained missing, and the US Coast Guard announced Tuesday evening that it would transition to a recovery mission following a daylong search and rescue operation.",
                               "Six persons who were swept into the river when it collapsed are believed dead."],
            "independentsentinel": ["At Least 7 Missing in Collapse of Francis Scott Key Bridge in MD",
                                    "It prompted a massive emergency response for at least seven people in the water.",
                                    "Rescue workers in Baltimore are searching for as many as seven people after a major bridge in the city’s port was struck by a container ship early Tuesday, officials said."],
        }),
        D(["wmar2news", "republicmonews", "fox4news"], "Ship length: 948-foot (wmar2news, republicmonews first paragraph) vs 985-foot (fox4news, republicmonews later paragraph).", {
            "wmar2news": ["A preliminary investigation revealed the 948-foot vessel lost power around 1:30am Tuesday, before striking a bridge support beam."],
            "republicmonews": ["The Dali, a giant 948-foot cargo ship, collides with the bridge, causing it to break and crash into the river below, spilling vehicles and people into the river.",
                               "The 985-foot (300-meter) tanker collided with one of the 1.6-mile (2.6-kilometer) bridge’s supports, forcing the span to break and plummet into the river in seconds."],
            "fox4news": ["According to investigators, the crew was able to radio a mayday message, warning that they had lost power and were unable to steer the 985-foot-long vessel."],
        }),
        D(["independentsentinel", "wmar2news", "goodgoodgood", "wypr"], "Vehicles: 'Several vehicles were on the bridge at the time of impact and were plunged into the Patapsco River' (independentsentinel) vs no commuters on the bridge (wmar2news) / no traffic crossing (goodgoodgood) / only construction-crew vehicles (wypr).", {
            "independentsentinel": ["Several vehicles were on the bridge at the time of impact and were plunged into the Patapsco River."],
            "wmar2news": ["Maryland Transportation officials later confirmed no commuters were on the bridge during the collapse, clearing up original reports suggesting otherwise."],
            "goodgoodgood": ["Early indications suggest that because of this closure, no traffic was crossing the bridge when it collapsed."],
            "wypr": ["There have been reports that vehicles fell into the water when the bridge gave way — and it's possible that those belonged to the eight-person construction crew."],
        }),
        D(["independentsentinel", "wmar2news"], "Rescued: one unharmed and one in very serious condition (independentsentinel) vs one treated and released from Shock Trauma (wmar2news).", {
            "independentsentinel": ["Wallace said two people were rescued from the water.",
                                    "One was unharmed, and the other remains in “very serious condition.”"],
            "wmar2news": ["However, one person rescued has since been treated and released from Shock Trauma."],
        }),
    ],
    "hurricane_ian_2022": [
        D(["binnews", "hawkcentral", "fox35orlando", "buzzfeednews", "henriscounty"], "Maximum sustained winds at landfall: 155 mph (binnews, which calls 150 mph 'gusts') vs 150 mph (all others, NHC).", {
            "binnews": ["Hurricane Ian made landfall in Florida as a Category 4 hurricane Wednesday afternoon (September 28), bringing 150 mph gusts and storm surges, according to WESH.",
                        "The terrifying store came ashore near Cayo Costa with maximum sustained winds of 155 mph as of 3 p.m. local time."],
            "hawkcentral": ["Hurricane Ian makes landfall near Cayo Costa as a Category 4 storm with 150 mph winds",
                            "Hurricane Ian made landfall at 3:05 p.m. as a powerful Category 4 storm, with sustained winds of 150 mph."],
            "fox35orlando": ["The storm made landfall at 3:05 p.m. near Cayo Costa with sustained winds of 150 mph, according to the National Hurricane Center."],
            "buzzfeednews": ["The maximum sustained winds were estimated to be near 150 miles per hour."],
            "henriscounty": ["The storm strengthened Wednesday over the Gulf of Mexico as it moved toward Florida, with maximum sustained winds of 150 mph."],
        }),
        D(["binnews", "hawkcentral", "fox35orlando", "buzzfeednews"], "Landfall time: 3:05 p.m. (hawkcentral, fox35orlando, buzzfeednews) vs 'as of 3 p.m.' (binnews).", {
            "binnews": ["The terrifying store came ashore near Cayo Costa with maximum sustained winds of 155 mph as of 3 p.m. local time."],
            "hawkcentral": ["Hurricane Ian made landfall at 3:05 p.m. as a powerful Category 4 storm, with sustained winds of 150 mph."],
            "fox35orlando": ["The storm made landfall at 3:05 p.m. near Cayo Costa with sustained winds of 150 mph, according to the National Hurricane Center."],
            "buzzfeednews": ["As of 3:10 p.m. on Wednesday, the National Hurricane Center said that the eye of Hurricane Ian had made landfall along the southwestern coast of Florida near Cayo Costa around 3:05 p.m. Eastern time."],
        }),
    ],
    "truss_resigns_2022": [
        # charmingpro also said 45, but that sentence carries the planted number edit (45 -> 54),
        # so it is left out here: in the written file charmingpro's "54 days" is the edit.
        D(["dailybusiness", "banglamirror", "economypk", "apdnews"], "Days in office: 44 (dailybusiness) vs 45 (banglamirror, economypk, apdnews; charmingpro also said 45, but that sentence carries the planted edit to 54).", {
            "dailybusiness": ["Another Tory party leadership campaign will take place and a new Prime Minister installed after Liz Truss announced her resignation after just 44 days, saying she could not deliver on the mandate on which she had been elected."],
            "banglamirror": ["UK Prime Minister resigns after 45 day in office",
                             "Liz Truss has resigned as prime minister after just 45 days in office.",
                             "Liz Truss has been in office for just 45 days – the shortest tenure of any UK prime minister."],
            "economypk": ["Truss’s mini-budget crashed the markets, she lost two key ministers, and she lost the confidence of almost all her own MPs during the 45 days."],
            "apdnews": ["UK PM resigns after 45 days: Why, what she said and what happens next",
                        "Liz Truss resigned as British Prime Minister just 45 days after being appointed, brought down by an economic program that sent shockwaves through financial markets last month and divided her Conservative Party."],
        }),
    ],
    # --- added 2026-11-27 (fresh test clusters) ---
    "morocco_quake_2023": [
        # irandaily's toll/injured/distance sentence carries the planted magnitude edit (6.8 -> 6.3);
        # it is listed as it appears in the file where it states a side on the toll, injured or distance,
        # and left out of the magnitude item, whose value the edit changed.
        D(["menafocus", "freepressjournal", "monitor", "irandaily", "gleaner"], "Death toll: 296 (menafocus, first provisional figure) vs 632 (freepressjournal) vs 1,037 (monitor, irandaily, gleaner); the Interior Ministry figure rose during Saturday 9 September.", {
            "menafocus": ["Al Haouz Earthquake in Morocco Leaves 296 Dead, 153 Injured",
                          "The Moroccan authorities announced Saturday that the preliminary toll of the powerful earthquake that struck the province of Al Haouz, southwest of Marrakech last night, has reached 296 people killed and 153 others injured."],
            "freepressjournal": ["Morocco Earthquake: Death Toll Rises To 632 & 329 Injured After Quake Of Magnitude 6.8 Hits The Country"],
            "monitor": ["Updated interior ministry figures on Saturday showed the quake killed at least 1,037 people, the vast majority in Al-Haouz, the epicentre, and Taroudant provinces."],
            "irandaily": ["The Interior Ministry said 1,037 people had been killed and another 672 injured by the quake, gauged by the US Geological Survey at a magnitude of 6.3 with an epicentre some 72 km (45 miles) southwest of Marrakech."],
            "gleaner": ["At least 1,037 people died, mostly in Marrakech and five provinces near the quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday morning."],
        }),
        D(["menafocus", "freepressjournal", "monitor", "irandaily", "gleaner"], "Injured: 153 (menafocus) vs 329 (freepressjournal) vs 672, 205 critical (monitor standfirst, irandaily next to a toll of 1,037) vs 1,204, 721 critical (gleaner).", {
            "menafocus": ["Al Haouz Earthquake in Morocco Leaves 296 Dead, 153 Injured",
                          "The Moroccan authorities announced Saturday that the preliminary toll of the powerful earthquake that struck the province of Al Haouz, southwest of Marrakech last night, has reached 296 people killed and 153 others injured."],
            "freepressjournal": ["Morocco Earthquake: Death Toll Rises To 632 & 329 Injured After Quake Of Magnitude 6.8 Hits The Country"],
            "monitor": ["Another 672 people were injured, including 205 in a critical condition, the ministry said."],
            "irandaily": ["The Interior Ministry said 1,037 people had been killed and another 672 injured by the quake, gauged by the US Geological Survey at a magnitude of 6.3 with an epicentre some 72 km (45 miles) southwest of Marrakech."],
            "gleaner": ["At least 1,037 people died, mostly in Marrakech and five provinces near the quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday morning.",
                        "Of the injured, the ministry wrote, 721 were in critical condition."],
        }),
        D(["menafocus", "freepressjournal", "monitor", "gleaner"], "Magnitude: 7 (menafocus, Morocco's National Institute of Geophysics) vs 6.8 (freepressjournal, monitor, gleaner, US Geological Survey). irandaily also said 6.8, but that sentence carries the planted edit to 6.3.", {
            "menafocus": ["The National Institute of Geophysics of the National Center for Scientific and Technical Research in Morocco had previously announced that a 7-magnitude earthquake struck the southwest of Marrakech just before midnight at a depth of approximately 8 kilometers."],
            "freepressjournal": ["Morocco Earthquake: Death Toll Rises To 632 & 329 Injured After Quake Of Magnitude 6.8 Hits The Country"],
            "monitor": ["The 6.8-magnitude quake struck late Friday in a mountainous area 72 kilometres (45 miles) southwest of tourist hotspot Marrakesh, the US Geological Survey reported."],
            "gleaner": ["The magnitude-6.8 quake, the biggest to hit the North African country in 120 years, sent people fleeing their homes in terror and disbelief late Friday."],
        }),
        D(["menafocus", "freepressjournal"], "Depth: about 8 kilometers (menafocus, Moroccan institute) vs 18.5 km (freepressjournal, USGS via the BBC).", {
            "menafocus": ["The National Institute of Geophysics of the National Center for Scientific and Technical Research in Morocco had previously announced that a 7-magnitude earthquake struck the southwest of Marrakech just before midnight at a depth of approximately 8 kilometers."],
            "freepressjournal": ["According to the US Geological Survey, the epicentre was in the High Atlas Mountains, 71 km south-west of Marrakesh, at a depth of 18.5 km, the BBC reported."],
        }),
        D(["freepressjournal", "monitor", "irandaily"], "Distance of the epicentre from Marrakesh: 71 km (freepressjournal) vs 72 km / 45 miles (monitor, irandaily). Minor (rounding of the same USGS figure).", {
            "freepressjournal": ["According to the US Geological Survey, the epicentre was in the High Atlas Mountains, 71 km south-west of Marrakesh, at a depth of 18.5 km, the BBC reported."],
            "monitor": ["The 6.8-magnitude quake struck late Friday in a mountainous area 72 kilometres (45 miles) southwest of tourist hotspot Marrakesh, the US Geological Survey reported."],
            "irandaily": ["The Interior Ministry said 1,037 people had been killed and another 672 injured by the quake, gauged by the US Geological Survey at a magnitude of 6.3 with an epicentre some 72 km (45 miles) southwest of Marrakech."],
        }),
        D(["gleaner", "monitor", "irandaily"], "Where the deaths were: 'mostly in Marrakech and five provinces' (gleaner) vs 'the vast majority in Al-Haouz ... and Taroudant provinces' (monitor) and only 13 dead in Marrakech (irandaily). Partly framing (AP lumps Marrakech with the provinces).", {
            "gleaner": ["At least 1,037 people died, mostly in Marrakech and five provinces near the quake's epicentre, and another 1,204 people were injured, Morocco's Interior Ministry reported Saturday morning."],
            "monitor": ["Updated interior ministry figures on Saturday showed the quake killed at least 1,037 people, the vast majority in Al-Haouz, the epicentre, and Taroudant provinces."],
            "irandaily": ["In Marrakech, where 13 people were confirmed dead, residents spent the night in the open, afraid to go home."],
        }),
    ],
    "dobbs_ruling_2022": [
        D(["snopes", "americanwatchdog", "audacy", "libertynation", "yahoo"], "Roberts and the vote to overturn Roe: snopes says the Court 'voted to strike down Roe' and lists Chief Justice Roberts among the majority, vs Roberts concurring only in the judgment and stopping short of overturning Roe (americanwatchdog, audacy, libertynation), i.e. Roe overturned 5-4 (yahoo). Partly framing: Roberts did join the 6-3 judgment upholding the Mississippi law.", {
            "snopes": ["In a historic ruling on June 24, 2022, the U.S. Supreme Court officially voted to strike down Roe v Wade and Planned Parenthood v Casey, reversing federal abortion protections that had been in place for nearly 50 years.",
                       "Voting with the majority were: Chief Justice John Roberts; Justice Samuel Alito; Justice Neil Gorsuch; Justice Amy Coney Barrett; Justice Brett Kavanaugh; and Justice Clarence Thomas."],
            "americanwatchdog": ["Chief Justice John Roberts wrote separately to concur in the judgment, although he said he would have stopped short of expressly overturning Roe."],
            "audacy": ["Chief Justice John Roberts would have stopped short of ending the abortion right, noting that he would have upheld the Mississippi law at the heart of the case, a ban on abortion after 15 weeks, and said no more."],
            "libertynation": ["Justices Thomas and Kavanaugh wrote concurring opinions, and Chief Justice John Roberts wrote an opinion concurring in the judgment."],
            "yahoo": ["The justices ruled 6-3 to uphold the Mississippi law which bans abortion after fifteen weeks, and overturned Roe v. Wade with a 5-4 vote."],
        }),
        D(["libertynation", "americanwatchdog", "audacy", "snopes", "yahoo"], "The Mississippi law: 'restricting abortions in the first trimester' (libertynation) vs a ban after 15 weeks (all others), which is past the first trimester.", {
            "libertynation": ["Chief Justice Roberts wrote separately to say that while he agreed with the outcome of the case – that a Mississippi law restricting abortions in the first trimester was legal, he did not agree with the breadth of the majority’s opinion."],
            "americanwatchdog": ["The Dobbs ruling dealt directly with a Mississippi law that bans abortion after 15 weeks of pregnancy."],
            "audacy": ["Chief Justice John Roberts would have stopped short of ending the abortion right, noting that he would have upheld the Mississippi law at the heart of the case, a ban on abortion after 15 weeks, and said no more."],
            "snopes": ["The landmark ruling affirmed the constitutionality of Mississippi’s Gestational Age Act, a 2018 law which prohibited abortion after 15 weeks’ gestational age."],
            "yahoo": ["The justices ruled 6-3 to uphold the Mississippi law which bans abortion after fifteen weeks, and overturned Roe v. Wade with a 5-4 vote."],
        }),
    ],
    "mccarthy_ousted_2023": [
        D(["boingboing", "knzr", "gephardtdaily", "newsworldmedia"], "Republicans voting to oust: Gaetz 'joined by 8 other Republicans' = nine (boingboing, first paragraph) vs eight Republicans including Gaetz (boingboing later, knzr, gephardtdaily, which names them, newsworldmedia).", {
            "boingboing": ["Gaetz won that battle today, joined by 8 other Republicans and every Democrat, all voting to oust McCarthy as House Speaker.",
                           "The tally was 216 to 210 with eight Republicans siding with Democrats to remove him from the speakership."],
            "knzr": ["The vote passed 216-210, with eight Republicans – led by Florida Rep. Matt Gaetz – joining with House Democrats in approving a motion to vacate the speaker’s chair."],
            "gephardtdaily": ["The Republican representatives who voted for McCarthy to be removed were Andy Biggs, Ken Buck, Tim Burchett, Eli Crane, Matt Gaetz, Bob Good, Nancy Mace and Matt Rosendale."],
            "newsworldmedia": ["The 216-to-210 vote marked the first time in history that the House removed its leader, with eight Republicans voting with 208 Democrats to remove McCarthy."],
        }),
        D(["sfstandard", "boingboing", "gephardtdaily", "newsworldmedia"], "Democrats: 'many Democrats' (sfstandard, early AP text) vs every Democrat / a unanimous caucus / 208 Democrats (boingboing, gephardtdaily, newsworldmedia). Soft (early wording).", {
            "sfstandard": ["McCarthy’s chief rival, Rep. Matt Gaetz of Florida, brought forward the “motion to vacate” drawing together more than a handful of conservative Republican critics of the speaker and many Democrats who say he is unworthy of leadership."],
            "boingboing": ["Gaetz won that battle today, joined by 8 other Republicans and every Democrat, all voting to oust McCarthy as House Speaker."],
            "gephardtdaily": ["Oct. 3 (UPI) — Eight Republicans joined a unanimous Democratic caucus to unseat Rep. Kevin McCarthy, R-Calif., as House speaker."],
            "newsworldmedia": ["The 216-to-210 vote marked the first time in history that the House removed its leader, with eight Republicans voting with 208 Democrats to remove McCarthy."],
        }),
        D(["knzr", "newsworldmedia"], "McCarthy's plans: unclear whether he might win the job back (knzr) vs he told reporters he would not run again (newsworldmedia). Written at different times on the evening.", {
            "knzr": ["It’s not clear who McCarthy’s successor will be – or if McCarthy himself might be able to win the job back."],
            "newsworldmedia": ["McCarthy told reporters he would not make another run for speaker."],
        }),
    ],
    "us_jobs_jan_2023": [
        D(["kq2", "axios"], "Consensus forecast for January payrolls: 185,000 (kq2, Refinitiv) vs 190,000 (axios). Different consensus sources.", {
            "kq2": ["Economists were expecting 185,000 jobs would be added last month, according to consensus estimates on Refinitiv."],
            "axios": ["The numbers are more than double the 190,000 forecasters anticipated."],
        }),
        D(["abi", "njbia"], "Leisure and hospitality: 'more than 128,000 jobs' (abi) vs +128,000 (njbia). Minor.", {
            "abi": ["The economy added more than 128,000 jobs in leisure and hospitality in January, with the largest gains in bars and restaurants."],
            "njbia": ["Job growth was widespread in January, led by gains in leisure and hospitality (+128,000), professional and business services (+82,000), and healthcare (+58,000)."],
        }),
    ],
    # --- added 2026-11-27 (dev clusters) ---
    "ecb_hike_2022": [
        D(["stylemagazine", "cgtn", "protothema", "nippon"], "Level of the 'main' / 'benchmark' rate after the hike: back to zero (stylemagazine's 'main rate', cgtn's 'benchmark deposit rate', protothema's deposit rate) vs 'raised its benchmark interest rate from zero to 0.5 percent' (nippon, meaning the main refinancing rate, which cgtn gives as 0.50 percent). Partly framing: different rates are called the benchmark.", {
            "stylemagazine": ["That marks the first time since 2011 that the ECB has raised rates, and takes Europe's main rate back to zero."],
            "cgtn": ["The ECB raised its benchmark deposit rate by 50 basis points to zero percent as it joined global peers in jacking up borrowing costs."],
            "protothema": ["The ECB, the central bank of the 19 nations that share the euro currency, surprised markets by pushing its benchmark rate up by 50 basis points, bringing its deposit rate to zero."],
            "nippon": ["The European Central Bank on Thursday raised its benchmark interest rate from zero to 0.5 percent, the first such rate hike in 11 years, joining the U.S. Federal Reserve and other central banks in their monetary tightening to fight soaring inflation."],
        }),
    ],
    "affirmative_action_2023": [
        D(["adn", "time"], "Wording of Roberts's quoted passage: 'concluded, wrongly, that the touchstone ... Our constitutional history does not tolerate that choice' (adn, AP) vs 'Many universities have for too long wrongly concluded that the touchstone ...' and 'This Nation’s constitutional history does not tolerate that choice' (time). Same passage, quoted differently.", {
            "adn": ["Chief Justice John Roberts said that for too long universities have “concluded, wrongly, that the touchstone of an individual’s identity is not challenges bested, skills built, or lessons learned but the color of their skin.",
                    "Our constitutional history does not tolerate that choice.”"],
            "time": ["“Many universities have for too long wrongly concluded that the touchstone of an individual’s identity is not challenges bested, skills built, or lessons learned, but the color of their skin,” Chief Justice John Roberts wrote in the majority opinion.",
                     "“This Nation’s constitutional history does not tolerate that choice.”"],
        }),
        D(["time", "vibe", "thecrimson"], "Vote: 'In a 6-3 ruling' for the whole decision (time) vs 6-3 in the UNC case and 6-2 in the Harvard case, with Jackson recused from the Harvard case (vibe, thecrimson). Partly framing: time itself reports the recusal later.", {
            "time": ["In a 6-3 ruling, the U.S. Supreme Court’s conservative majority said that admissions policies that consider race as a factor are unconstitutional, overturning about 45 years of precedent."],
            "vibe": ["According to NBC News, The vote was 6-3 in the UNC case and 6-2 in the Harvard case, as Justice Ketanji Brown Jackson was recused from the latter."],
            "thecrimson": ["Jackson had recused herself from any part in the Harvard case due to her former position on the Board of Overseers, the University’s second-highest governing body."],
        }),
        D(["time", "thecrimson"], "Who joined Sotomayor's dissent: 'joined by the court’s two other liberal justices' (time) vs 'joined by Associate Justice Elena Kagan and in part by Jackson' (thecrimson). Soft: Jackson joined only as to the UNC case.", {
            "time": ["Sonia Sotomayor, the first Latina Supreme Court Justice and a vocal proponent of race-based affirmative action, wrote the dissenting opinion joined by the court’s two other liberal justices."],
            "thecrimson": ["“Today, this Court stands in the way and rolls back decades of precedent and momentous progress,” Sotomayor wrote in her 69-page dissent, which was joined by Associate Justice Elena Kagan and in part by Jackson."],
        }),
    ],
    "lula_election_2022": [
        D(["bdnews24", "dundasnews", "thedcpatriot", "israelnationalnews", "stephaniemiller"], "Vote share: 50.9% to 49.1% (bdnews24, dundasnews, thedcpatriot with more than 99% counted) vs 50.8% to 49.2% with 98.9% of districts counted (israelnationalnews) vs 'slightly more than 50.84%' with 99.10% counted (stephaniemiller). Partial counts at different times.", {
            "bdnews24": ["The Supreme Electoral Court declared Lula the next president, with 50.9% of votes compared with 49.1% for Bolsonaro."],
            "dundasnews": ["Official returns gave da Silva, who is a former two-term president, 50.9% of the vote compared to 49.1% for Bolsonaro."],
            "thedcpatriot": ["With more than 99% of the votes tallied in the runoff vote, da Silva had 50.9% and Bolsonaro 49.1%, and the election authority said da Silva’s victory was a mathematical certainty."],
            "israelnationalnews": ["With 98.9% of districts counted, da Silva had a slim lead over Bolsonaro, winning 50.8% of the votes compared to Bolsonaro’s 49.2%"],
            "stephaniemiller": ["The court said da Silva secured slightly more than 50.84% of the vote, with 99.10% of votes counted, in a runoff election that was held after neither candidate got enough support to win outright this month."],
        }),
        D(["bdnews24", "stephaniemiller"], "Name of the electoral court: 'Supreme Electoral Court' (bdnews24) vs 'Superior Electoral Court' (stephaniemiller). Soft (translation of Tribunal Superior Eleitoral).", {
            "bdnews24": ["The Supreme Electoral Court declared Lula the next president, with 50.9% of votes compared with 49.1% for Bolsonaro."],
            "stephaniemiller": ["The country’s Superior Electoral Court verified the win."],
        }),
    ],
    "world_cup_final_2022": [
        D(["kashmirmonitor", "tnp", "laprensalatina", "skysports", "naijahitplay"], "Minute of France's first penalty: 80th (kashmirmonitor, tnp, laprensalatina) vs 79th (skysports, when it was awarded) vs an '81st-minute penalty' (naijahitplay).", {
            "kashmirmonitor": ["It looked like Argentina might stroll to one of the easiest World Cup final wins any team has ever had the pleasure of experiencing until France were awarded a penalty in the 80th minute."],
            "tnp": ["But France clawed their way back after a slew of substitutions by coach Didier Deschamps, with Mbappe scoring a quick-fire double in the 80th and 81st minutes.",
                    "The French forward halved the deficit with an 80th-minute penalty after Nicolas Otamendi had fouled substitute Randal Kolo Muani in the box."],
            "laprensalatina": ["Mbappe’s bang-bang tallies came in the 80th and 81st minutes, the first on a penalty kick into the corner after Nicolas Otamendi fouled Kolo Muani, and the second on a powerful blast to even things up."],
            "skysports": ["But Les Bleus came roaring back into the tie when they were handed a lifeline in the 79th minute as the impressive Randal Kolo Muani was tripped by Nicolas Otamendi."],
            "naijahitplay": ["France, aiming to become only the third side to ever retain the trophy, battled back from two goals down in normal time after Mbappe converted an 81st-minute penalty and scored a delightful volley 97 seconds later."],
        }),
        D(["skysports", "vavel", "naijahitplay"], "Time between Mbappe's first two goals: 'just 90 seconds later' (skysports) vs 97 seconds (vavel, naijahitplay).", {
            "skysports": ["Mbappe scored from the spot for his first of the evening, before adding a stunning second just 90 seconds later to take the game to extra-time."],
            "vavel": ["However, this epic spun on Kylian Mbappe’s quick-fire double coming inside 97 seconds towards the end of normal time."],
            "naijahitplay": ["France, aiming to become only the third side to ever retain the trophy, battled back from two goals down in normal time after Mbappe converted an 81st-minute penalty and scored a delightful volley 97 seconds later."],
        }),
        D(["kashmirmonitor", "skysports", "vavel"], "Mbappe's hat-trick: 'the first player ever to score a hat-trick in the World Cup final' (kashmirmonitor) vs the first since Geoff Hurst in 1966 (skysports, vavel).", {
            "kashmirmonitor": ["However, Mbappe then converted his second penalty to become the first player ever to score a hat-trick in the World Cup final."],
            "skysports": ["Although Messi will take the headlines, Kylian Mbappe was the first player to score a hat-trick in a World Cup final after Sir Geoff Hurst for England in 1966."],
            "vavel": ["Messi, naturally, put Argentina in front in extra-time, Mbappe equalised with a second penalty to complete a hat-trick, the first in a World Cup final since Sir Geoff Hurst in 1966, and win the Golden Boot."],
        }),
        D(["vavel", "tnp", "skysports", "kashmirmonitor"], "Argentina's previous world title: 'world champions for the first time since 1982' (vavel) vs 1986 (tnp, skysports) / 'after 36 years' (kashmirmonitor).", {
            "vavel": ["Call it destiny or fate but now seems a fitting time to proclaim Argentina as world champions for the first time since 1982."],
            "tnp": ["With his treble, Mbappe won the Golden Boot with eight goals, but the 23-year-old was not celebrating as his Paris Saint-Germain teammate led Argentina to their first world title since 1986."],
            "skysports": ["Argentina dominated for the opening 80 minutes and looked to be cruising to their first World Cup title since 1986."],
            "kashmirmonitor": ["After a 3-3 thriller across 120 minutes, Argentina bested France 4-2 on penalties to win their third World Cup, after 36 years."],
        }),
    ],
    "itaewon_crush_2022": [
        D(["opoyi", "livemint", "khaleejtimes", "sendvalley", "ukobiw", "republicworld"], "Death toll: at least 149 (opoyi, livemint) vs 151 (khaleejtimes, sendvalley) vs 153 (ukobiw, republicworld); the official count rose during Sunday 30 October.", {
            "opoyi": ["In one of South Korea’s worst tragedies, a crowd crush during Halloween celebrations in Seoul claimed at least 149 lives and injured at least 150 more, according to officials."],
            "livemint": ['On Sunday, South Korea\'s President Yoon Suk-yeol said that a stampede at a Halloween event that killed at least 149 people and injured scores more "should not have happened".'],
            "khaleejtimes": ["South Korea declares mourning period after Halloween stampede kills 151",
                             "South Korea's President Yoon Suk-yeol declared a period of national mourning on Sunday after a Halloween crush killed some 151 people in a packed nightlife area in Seoul.",
                             "Choi Sung-beom, head of the Yongsan Fire Station, said 151 deaths had been confirmed, including 19 foreigners."],
            "sendvalley": ["Seoul Halloween: Crowd crush kills at least 151 in South Korea’s Itaewon district",
                           "South Korea’s first big Halloween celebration since the end of Covid restrictions turned to tragedy on Saturday night, when at least 151 people, mostly teenagers and young adults, died as partygoers surged through a narrow alley in a popular nightlife district in Seoul, officials said."],
            "ukobiw": ["South Korea in shock, grief as 153 die in Halloween crowd surge",
                       "Concerned relatives raced to hospitals in search of their loved ones Sunday as South Korea mourned the deaths of at least 153 people, mostly in their teens and 20s, who got trapped and crushed after a huge Halloween party crowd surged into a narrow alley in a night life district in Seoul.",
                       "As of Sunday evening, officials put the death toll at 153 and the number of injured people at 133."],
            "republicworld": ["As the Itaewon stampede in Seoul Subway Line 6 took the lives of 153 people, South Korea entered a period of mourning."],
        }),
        D(["khaleejtimes", "sendvalley", "opoyi", "ukobiw"], "Injured: 82 (khaleejtimes, sendvalley, fire chief's briefing) vs at least 150 (opoyi) vs 133 (ukobiw, as of Sunday evening).", {
            "khaleejtimes": ["He told a briefing at the scene 82 people were injured, 19 of them seriously."],
            "sendvalley": ["Authorities are still investigating what caused the incident, but Choi Seong-bum, chief of the Yongsan-gu Fire Department, said it was a “presumed stampede” and that many people fell, injuring at least 82."],
            "opoyi": ["In one of South Korea’s worst tragedies, a crowd crush during Halloween celebrations in Seoul claimed at least 149 lives and injured at least 150 more, according to officials."],
            "ukobiw": ["As of Sunday evening, officials put the death toll at 153 and the number of injured people at 133."],
        }),
        D(["khaleejtimes", "ukobiw"], "Seriously injured: 19 (khaleejtimes) vs 37 (ukobiw, Interior Ministry).", {
            "khaleejtimes": ["He told a briefing at the scene 82 people were injured, 19 of them seriously."],
            "ukobiw": ["The Ministry of the Interior and Safety said the death count could further rise as 37 of the injured people were in serious conditions."],
        }),
        D(["sendvalley", "khaleejtimes", "livemint"], "Yoon's words, translated differently: 'A tragedy that should not have happened occurred in the middle of Seoul last night on Halloween' (sendvalley) vs 'A tragedy and disaster that should not have happened took place in the heart of Seoul last night' (khaleejtimes, 'in a statement') vs 'In the centre of Seoul, a tragedy and disaster occurred that should not have happened' (livemint, 'in a national address'). Soft (translation).", {
            "sendvalley": ["“A tragedy that should not have happened occurred in the middle of Seoul last night on Halloween,” Yoon said."],
            "khaleejtimes": ['"A tragedy and disaster that should not have happened took place in the heart of Seoul last night."'],
            "livemint": ['"In the centre of Seoul, a tragedy and disaster occurred that should not have happened," Yoon said in a national address, vowing to "thoroughly investigate" the incident and ensure it could never happen again.'],
        }),
        D(["sendvalley", "khaleejtimes", "ukobiw"], "Ages of the dead: 'mostly teenagers and young adults' (sendvalley) / 'mostly teenagers and people in their 20s' (khaleejtimes) vs more than 80% in their 20s and 30s with at least four teenagers (ukobiw). Soft (ukobiw's own lead says 'mostly in their teens and 20s').", {
            "sendvalley": ["South Korea’s first big Halloween celebration since the end of Covid restrictions turned to tragedy on Saturday night, when at least 151 people, mostly teenagers and young adults, died as partygoers surged through a narrow alley in a popular nightlife district in Seoul, officials said."],
            "khaleejtimes": ["Yoon expressed condolences to the victims, mostly teenagers and people in their 20s, and his wishes for a speedy recovery to the many injured."],
            "ukobiw": ["More than 80% of the dead are in their 20s and 30s, but at least four were teenagers."],
        }),
    ],
    "svb_collapse_2023": [
        D(["dailymail", "wnd", "albanyherald", "icloud"], "Who shut the bank: 'the Federal Deposit Insurance Corporation shuttered the bank' (dailymail) vs closed by the California Department of Financial Protection and Innovation / California regulators, which appointed the FDIC as receiver (wnd, albanyherald, icloud). Partly framing.", {
            "dailymail": ["SVB had assets of $209 billion at the time the Federal Deposit Insurance Corporation shuttered the bank."],
            "wnd": ["The FDIC said in a press release that SVB was closed on Friday by the California Department of Financial Protection and Innovation, which in turn appointed FDIC as the receiver of all insured deposits of the bank."],
            "albanyherald": ["California regulators closed down the tech lender and put SVB in control of the US Federal Deposit Insurance Corporation."],
            "icloud": ["Silicon Valley Bank was shut down on Friday by the California Department of Financial Protection and Innovation, after the bank's stock plunged 60% in the wake of losses from its sale of $21 billion in bond investments."],
        }),
        D(["dailymail", "icloud"], "Date of the $209 billion assets figure: 'at the time the FDIC shuttered the bank' (dailymail) vs 'as of the end of last year' (icloud). Soft.", {
            "dailymail": ["SVB had assets of $209 billion at the time the Federal Deposit Insurance Corporation shuttered the bank."],
            "icloud": ["Silicon Valley Bank, a vaunted institution for tech startups, closed down with some $209 billion in assets and about $175 billion in deposits as of the end of last year, according to the Federal Deposit Insurance Corporation, the agency which helps protect many customers' bank deposits."],
        }),
        D(["albanyherald", "spokesman", "icloud"], "How fast it collapsed: 'after a stunning 48 hours' (albanyherald) vs 'collapsing in a matter of hours' (spokesman) vs 'collapse in a matter of days' (icloud). Soft (framing).", {
            "albanyherald": ["Silicon Valley Bank collapsed Friday morning after a stunning 48 hours in which its capital crisis set off fears of a meltdown across the banking industry."],
            "spokesman": ["The second-largest bank failure in U.S. history rocked the tech industry and sent ripples of anxiety throughout the financial system Friday as Silicon Valley Bank went from being a key part of the tech ecosystem to collapsing in a matter of hours."],
            "icloud": ["This time, SVB went from a seemingly stable financial institution to collapse in a matter of days."],
        }),
    ],
    # --- added 2026-11-27 (dev clusters, second batch) ---
    "derna_floods_2023": [
        D(["voanews", "thefederal", "tunisienumerique", "zeroready", "digitaldiscovery", "tass"], "Death toll on 11-12 September: at least 2,000 (voanews; 'more than 2,000' in Derna per eastern PM Hamad in zeroready; 'as many as 2,000' in Derna, an earlier estimate, in thefederal) vs about 2,300 in Derna (thefederal, Ambulance and Emergency Authority) vs 700 buried (thefederal) vs more than 1,000 bodies recovered (tunisienumerique) vs over 3,000 / at least 3,000 (zeroready, digitaldiscovery, tass). Different sources, counts of different things, hours apart.", {
            "voanews": ["Officials in eastern Libya say at least 2,000 people are dead and several thousand others missing after two dams collapsed in the eastern coastal city of Derna, sweeping away large chunks of the city and leaving outlying regions under water."],
            "thefederal": ["Libyan city buries 700 killed in devastating floods even as 10,000 go missing",
                           "Even as rescue teams struggled to retrieve many more bodies from the horrific deluge, Libya’s eastern city of Derna has buried 700 people killed in devastating floods and 10,000 were reported missing, officials said on Tuesday (September 12).",
                           "Authorities estimated earlier that as many as 2,000 people may have perished in Derna alone.",
                           "The Ambulance and Emergency Authority, which coordinates search and rescue efforts, said about 2,300 people died in Derna but did not clarify what that figure was based on."],
            "tunisienumerique": ["Around a quarter of Libya’s eastern city of Derna was wiped out by floods after dams burst in a storm, and more than 1,000 bodies have been recovered so far, a minister in the administration that controls the east said on Tuesday."],
            "zeroready": ["Othman Abdul Jalil, the health minister of one of Libya's two rival governments, told the Anadolu news agency that over 3,000 people had been killed by Storm Daniel, which has swept across the Mediterranean and lashed Turkey, Bulgaria, and Greece.",
                          "The city of Darnah was worst affected with prime minister , Oussama Hamad of the east-based Libyan government telling the local Al-Masar network that there were \"more than 2,000 dead and thousands missing\" in the city."],
            "digitaldiscovery": ["3,000 dead and 10,000 believed missing in Libya as catastrophic flooding breaks dams",
                                 "At least 3,000 people died and 10,000 are missing after Storm Daniel caused heavy rains in northeastern Libya, causing two dams to collapse, sending water into already flooded areas."],
            "tass": ["According to the latest data from the Libyan Ministry of Health, the death toll from the heavy rains and flooding that hit northeastern Libya has reached 3,000."],
        }),
        D(["voanews", "thefederal", "digitaldiscovery"], "Missing: 'several thousand' (voanews) vs 10,000 (IFRC, thefederal; also the other articles) vs up to 6,000 missing in Derna per the eastern health minister (digitaldiscovery, which also gives 10,000 overall). Partly different scopes (Libya vs Derna).", {
            "voanews": ["Officials in eastern Libya say at least 2,000 people are dead and several thousand others missing after two dams collapsed in the eastern coastal city of Derna, sweeping away large chunks of the city and leaving outlying regions under water."],
            "thefederal": ["Tamer Ramadan, Libya envoy for the International Federation of Red Cross and Red Crescent Societies, said 10,000 people were missing after the unprecedented flooding."],
            "digitaldiscovery": ["In the eastern town of Derna, which was the hardest hit, up to 6,000 people were missing, Othman Abduljalil, health minister of Libya’s eastern government, told Libyan broadcaster Almasar."],
        }),
        D(["digitaldiscovery", "thefederal", "tunisienumerique", "zeroready"], "IFRC envoy Tamer Ramadan: 'she said', 'at a press conference in Geneva, Switzerland' (digitaldiscovery) vs 'he', speaking to reporters in Geneva by video link from Tunisia / Tunis (thefederal, tunisienumerique, zeroready). Minor.", {
            "digitaldiscovery": ["Tamer Ramadan, head of the International Federation of Red Cross and Red Crescent Societies delegation in Libya, gave the number of missing people at a press conference in Geneva, Switzerland, on Tuesday.",
                                 "“The death toll is huge,” she said."],
            "thefederal": ["Speaking to reporters at a UN briefing in Geneva via videoconference from Tunisia, he said the death toll was “huge” and expected to reach into the thousands in the coming days."],
            "tunisienumerique": ["“We can confirm from our independent sources of information that the number of missing people is hitting 10,000 so far,” Tamer Ramadan, the head of the IFRC delegation in Libya, told reporters in Geneva via video link from Tunisia."],
            "zeroready": ["\"Our teams on the ground are still doing their assessment, (but) from what we see and from the news coming to us, the death toll is huge,\" he told reporters in Geneva via video link from Tunis."],
        }),
    ],
    "chandrayaan3_landing_2023": [
        D(["interestingengineering", "lokmattimes", "cnbctv18"], "Touchdown time: 18:03 IST (08:33 ET) (interestingengineering) vs 6:04 pm (lokmattimes, cnbctv18). irishtimes' 'shortly after 6pm' fits both.", {
            "interestingengineering": ["The soft landing occurred at 18:03 IST (08:33 ET)."],
            "lokmattimes": ["The Vikram lander touched down on the lunar surface at 6:04 ocal time, sparking cheers and applause among the space scientists watching in Bengaluru."],
            "cnbctv18": ["India achieved a historic milestone on Wednesday as the Lander Module (LM) of Chandrayaan-3, the Indian Space Research Organisation's (ISRO) third lunar mission, made a touchdown on the lunar surface at 6:04 pm.",
                         "The LM comprising the lander (Vikram) and the rover (Pragyan), made a touch down near the south polar region of the Moon at 6:04 pm on Wednesday."],
        }),
        D(["expressandstar", "cnbctv18"], "Destination: 'heading for the far side of the Moon' (expressandstar) vs a voyage 'to reach near the lunar south pole' (cnbctv18; the other articles likewise). Soft: the south polar region is not the far side. irishtimes has the same 'far side' sentence, but it carries the planted date edit, so it is left out here.", {
            "expressandstar": ["India’s Chandrayaan-3 – “moon craft” in Sanskrit – took off from a launchpad in Sriharikota in southern India on July 14, heading for the far side of the Moon."],
            "cnbctv18": ["The Rs 615 crore moon mission was launched on July 14 onboard Launch Vehicle Mark-III (LVM-3) rocket, for a 41-day voyage to reach near the lunar south pole."],
        }),
    ],
    "chauvin_verdict_2021": [
        D(["cgtn", "cbsnews"], "Sequestration: 'The 12 sequestered jurors sat through three weeks of testimony' (cgtn) vs the jury 'was sequestered during deliberations, but was not sequestered during the earlier portion of the trial' (cbsnews).", {
            "cgtn": ["The 12 sequestered jurors sat through three weeks of testimony from 45 witnesses, including bystanders, police officials and medical experts, along with watching hours of video."],
            "cbsnews": ["The jury was sequestered during deliberations, but was not sequestered during the earlier portion of the trial."],
        }),
        D(["cgtn", "qz", "newsflash", "cbsnews"], "Length of the testimony: three weeks (cgtn, qz, newsflash) vs '13 days of sometimes emotional testimony' (cbsnews). Soft: 13 court days over about three weeks.", {
            "cgtn": ["The 12 sequestered jurors sat through three weeks of testimony from 45 witnesses, including bystanders, police officials and medical experts, along with watching hours of video."],
            "qz": ["The jury heard from 45 witnesses and watched hours of difficult video of Floyd’s arrest over the course of the three-week trial, for which the judge thanked the five men and seven women for their “heavy-duty jury service.”"],
            "newsflash": ["Over about three weeks of testimony in court, Minnesota prosecutors have repeatedly told jurors to “believe your eyes” and rely on that video."],
            "cbsnews": ["The jury — made up of six White people, four Black people and two multiracial people — heard 13 days of sometimes emotional testimony."],
        }),
        D(["marieclaire", "qz", "cbsnews"], "Date of the verdict: 'handed down mere hours ago on April 21' (marieclaire, an Australian site, i.e. its local date) vs April 20 (qz) / Tuesday (cbsnews).", {
            "marieclaire": ["His guilty verdict was handed down mere hours ago on April 21, and could see him spending more than 40 years in prison, which is a punishment that is rarely seen in police brutality cases."],
            "qz": ["Judge Peter Cahill announced the verdict on April 20 in a Minneapolis courtroom."],
            "cbsnews": ["Former Minneapolis Police officer Derek Chauvin was convicted Tuesday on all counts in the death of George Floyd, whose killing sparked worldwide protests and a reckoning on race in the U.S. After about a day of deliberations, the jury found Chauvin guilty of unintentional second-degree murder, third-degree murder and second-degree manslaughter."],
        }),
        D(["arktimes", "cgtn", "cbsnews", "marieclaire"], "Deliberations: 10 hours (arktimes, cgtn) vs 'about a day' (cbsnews) vs 'less than 24 hours' (marieclaire). Soft: about 10 hours spread over two days.", {
            "arktimes": ["After 10 hours of deliberation, a jury Minneapolis police officer found Derek Chauvin guilty of all charges in the death of George Floyd."],
            "cgtn": ["The jury reached verdict Tuesday after 10 hours of deliberations, according to the Associated Press."],
            "cbsnews": ["Former Minneapolis Police officer Derek Chauvin was convicted Tuesday on all counts in the death of George Floyd, whose killing sparked worldwide protests and a reckoning on race in the U.S. After about a day of deliberations, the jury found Chauvin guilty of unintentional second-degree murder, third-degree murder and second-degree manslaughter."],
            "marieclaire": ["And after deliberating for less than 24 hours, the jurors found him guilty of all three counts."],
        }),
        D(["marieclaire", "cgtn", "arktimes", "newsflash"], "Maximum sentence: 'could see him spending more than 40 years in prison' (marieclaire) vs up to 40 years, the maximum of the most serious count (cgtn, arktimes, newsflash). Soft: the counts' maxima add up to more than 40.", {
            "marieclaire": ["His guilty verdict was handed down mere hours ago on April 21, and could see him spending more than 40 years in prison, which is a punishment that is rarely seen in police brutality cases."],
            "cgtn": ["Chauvin faces up to 40 years in prison."],
            "arktimes": ["The most serious charge carries a maximum sentence of 40 years."],
            "newsflash": ["Chauvin could face up to 40 years in prison for second-degree murder, up to 25 years for third-degree murder and up to 10 years for manslaughter."],
        }),
        D(["cgtn", "qz"], "The 'eminently dangerous ... depraved mind' count: cgtn calls it 'The third-degree assault charge' (elsewhere, and in its own list, third-degree murder) and applies it to Chauvin's act, while qz names it third-degree murder but says the jury found 'Floyd’s action' eminently dangerous.", {
            "cgtn": ["The third-degree assault charge alleged Chauvin caused Floyd’s death by “perpetrating an act eminently dangerous to others and evincing a depraved mind, without regard for human life.”"],
            "qz": ["That Chauvin was also found guilty of third-degree murder means the jury was convinced that Floyd’s action was “eminently dangerous to others and evincing a depraved mind, without regard for human life.”"],
        }),
    ],
    "cricket_wc_final_2023": [
        D(["cityam", "yahoouk", "metro", "aljazeera"], "Crowd: '120,000 Indians watching' (cityam) vs 'over 110,000 home fans' (yahoouk) vs a '132,000-capacity crowd' (metro) / '132,000-capacity' stadium (aljazeera). Partly framing: capacity vs attendance.", {
            "cityam": ["Despite a shaky start Australia got there in the end with Glenn Maxwell hitting the winning runs, much to the dismay of the 120,000 Indians watching on in Ahmedabad."],
            "yahoouk": ["Travis Head's outstanding century carried Australia to World Cup glory for the sixth time as they downed all-conquering India to silence over 110,000 home fans in Ahmedabad."],
            "metro": ["But just a few deliveries later, the 132,000-capacity crowd fell silent when Kohli was removed by Cummins."],
            "aljazeera": ["A heavily partisan crowd inside the 132,000-capacity Narendra Modi Stadium in Ahmedabad, India was silenced as Head, the player of the match, combined with Marnus Labuschagne (58 not out) in a 192-run partnership to chase down the target of 241."],
        }),
    ],
    "twitter_musk_deal_2022": [
        D(["thenewster", "yahoofinance"], "Twitter's share move on Monday: up 5% to $51.50 (thenewster) vs up another 6% to above $52 (yahoofinance). Different times of the day.", {
            "thenewster": ["On Monday, Twitter’s stock increased 5% to $51.50 per share."],
            "yahoofinance": ["Shares surged another 6% Monday, to above $52."],
        }),
        D(["indiatoday", "yahoofinance", "bgr"], "Musk's financing: $46.5 billion (indiatoday) vs 'up to $46 billion' (yahoofinance) vs '$33.5 billion of his own money and $13 billion from Morgan Stanley' (bgr; the split Musk had filed the week before was $21 billion equity and $25.5 billion debt).", {
            "indiatoday": ["But when Musk outlined the financial commitments he'd lined up to back his offer of $46.5 billion — and no other bidders emerged — the board opened negotiations with him."],
            "yahoofinance": ["Undeterred, Musk secured up to $46 billion in financing and threatened to take his offer directly to shareholders, cutting out the board entirely."],
            "bgr": ["As a part of the plan, Musk will use up to $33.5 billion of his own money and $13 billion from Morgan Stanley for the purpose."],
        }),
        D(["thenewster", "indiatoday", "yahoofinance"], "Size of Musk's original offer: a '$43 billion acquisition proposal' (thenewster) vs 'his offer of $46.5 billion' (indiatoday, naming the financing) vs the deal matching his original offer of $54.20 a share and 'totaling $44 billion' (yahoofinance).", {
            "thenewster": ["On April 14, he announced a $43 billion acquisition proposal."],
            "indiatoday": ["But when Musk outlined the financial commitments he'd lined up to back his offer of $46.5 billion — and no other bidders emerged — the board opened negotiations with him."],
            "yahoofinance": ["Musk will pay $54.20 per share for Twitter, matching his original offer, totaling $44 billion."],
        }),
        D(["macrumors", "yahoofinance", "indiatoday"], "Musk's stake: 9.2% (macrumors) vs 9% (yahoofinance) vs 'more than 9 per cent' (indiatoday). Soft (rounding).", {
            "macrumors": ["Before his offer to outright purchase the platform, Musk purchased 9.2% of the company following heavy criticism of Twitter, on Twitter."],
            "yahoofinance": ["After Musk disclosed a 9% stake in Twitter in early April, Twitter's stock price leapt from around $40 per share to as high as over $50 per share."],
            "indiatoday": ["Twitter adopted a poison pill after Musk made his offer to prevent him from raising his more than 9 per cent stake in the company above 15 per cent without negotiating a deal with its board."],
        }),
    ],
    "voice_referendum_2023": [
        D(["openforum", "smh", "kidsnews"], "National No vote: 'about 59%' by 11pm (openforum) vs 'so far 60 per cent' (smh) vs 60 per cent at 6am on Sunday (kidsnews). Soft: counts at different hours.", {
            "openforum": ["By 11pm the “no” vote nationally was about 59% and “no” was ahead in every state and the Northern Territory."],
            "smh": ["While the votes are still being counted, so far 60 per cent of the nation rejected the Voice."],
            "kidsnews": ["At 6am (AEST) on Sunday, the national tally stood at 60 per cent for the No vote and 40 per cent for Yes."],
        }),
        D(["sbs", "smh", "kidsnews"], "Which states were called first: Tasmania plus NSW, South Australia and Queensland (sbs) vs Tasmania, NSW, South Australia, then Victoria before Queensland (smh) vs Tasmania, NSW, Victoria and South Australia called before counting had begun in Queensland (kidsnews). Soft: different broadcasters and moments.", {
            "sbs": ["As have at least three other states: New South Wales, South Australia and Queensland."],
            "smh": ["Tasmania was the first state to return a result shortly after 7pm, followed by NSW, South Australia, Victoria, Queensland and Western Australia."],
            "kidsnews": ["Tasmania, NSW, Victoria and South Australia were all called for No by Sky News Australia before counting had even begun in Queensland, Western Australia and the Northern Territory."],
        }),
    ],
    # --- added 2026-11-28 (dev clusters, third batch) ---
    "hualien_quake_2024": [
        D(["headlinesmart", "absolutenews", "loktej", "fridaynews365", "amu"], "Death toll: nine (headlinesmart, absolutenews, loktej) vs seven (fridaynews365) vs four (amu). Reports written hours apart as the toll rose.", {
            "headlinesmart": ["A powerful earthquake struck Taiwan early Wednesday, resulting in nine fatalities and injuring hundreds."],
            "absolutenews": ["The National Fire Agency (NFA) of Taiwan reported that the death toll had risen to nine, with 934 individuals injured, although the severity of these injuries was not specified."],
            "loktej": ["As of 7 pm Wednesday, officials confirmed nine fatalities, with the number expected to rise."],
            "fridaynews365": ["Taiwan earthquake death toll rises to 7, injured 736",
                              "Death toll from powerful earthquake in Taiwan rises to seven."],
            "amu": ["Taiwan hit by strongest quake in 25 years; four deaths reported",
                    "The quake resulted in four fatalities, injured hundreds, and prompted tsunami warnings for southern Japan and the Philippines, which were later withdrawn."],
        }),
        D(["headlinesmart", "fridaynews365", "absolutenews", "loktej", "amu"], "Injured: over 800 (headlinesmart) vs 736 (fridaynews365) vs 934 (absolutenews) vs over 946 (loktej) vs 711 (amu). Counts at different hours.", {
            "headlinesmart": ["Deadly 7.4 Earthquake, over 800 Injured, Death Toll Growing",
                              "The Taiwanese fire department confirmed the death toll, adding that over 800 people were injured in the incident."],
            "fridaynews365": ["Taiwan earthquake death toll rises to 7, injured 736",
                              "736 people were injured."],
            "absolutenews": ["The National Fire Agency (NFA) of Taiwan reported that the death toll had risen to nine, with 934 individuals injured, although the severity of these injuries was not specified."],
            "loktej": ["The earthquake also injured over 946 people, with 137 still unaccounted for."],
            "amu": ["The government reported that the deaths occurred in the mountainous, sparsely populated eastern county of Hualien, near the quake’s epicenter, with 711 people injured."],
        }),
        D(["headlinesmart", "fridaynews365", "nationthailand", "loktej", "amu"], "Magnitude: 7.4 (fridaynews365 and headlinesmart from the USGS; nationthailand) vs 7.2 (loktej and amu as the quake's magnitude; headlinesmart from Taiwan's monitoring agency) vs 7.7 (amu, from Japan's weather agency). Partly framing: agencies' scales differ, and loktej and amu give 7.2 without naming the agency.", {
            "headlinesmart": ["The U.S. Geological Survey rated the earthquake, which had a depth of 9.6 miles, at a magnitude of 7.4.",
                              "Taiwan’s earthquake monitoring agency, however, gave it a magnitude of 7.2."],
            "fridaynews365": ["According to the USGS, the magnitude of the earthquake was 7.4."],
            "nationthailand": ["Taiwan television stations showed footage of buildings standing at precarious angles in Hualien, where the 7.4-magnitude quake struck just offshore at about 8 am."],
            "loktej": ["The 7.2 magnitude tremor, the strongest to hit the country in a quarter-century, has left a trail of devastation and triggered extensive relief and rescue operations."],
            "amu": ["A 7.2 magnitude earthquake struck Taiwan on Wednesday, marking the island’s strongest tremor in at least 25 years.",
                    "Japan’s weather agency, which recorded the earthquake’s magnitude at 7.7, reported that several small tsunami waves had reached parts of Okinawa in the southern prefecture."],
        }),
        D(["headlinesmart", "fridaynews365", "nationthailand", "amu", "loktej"], "Depth: 15.5 km / 9.6 miles (nationthailand, loktej; amu from Taiwan's Central Weather Bureau; headlinesmart gives the 9.6 miles as the USGS figure) vs 34.8 km (fridaynews365, in its paragraph citing the USGS). Partly framing: agencies' estimates differ.", {
            "headlinesmart": ["The U.S. Geological Survey rated the earthquake, which had a depth of 9.6 miles, at a magnitude of 7.4."],
            "fridaynews365": ["Its origin is 34.8 kilometers deep from the surface."],
            "nationthailand": ["The quake struck at a depth of 15.5km, just as people were headed for work and school, setting off a tsunami warning for southern Japan and the Philippines that was later lifted."],
            "amu": ["The Central Weather Bureau of Taiwan located the epicenter just off the east coast at a depth of 15.5 kilometers (9.6 miles)."],
            "loktej": ["According to the Taipei Times, the epicenter of the quake was located 25 kilometers southeast of Hualien, striking at a shallow depth of 15.5 kilometers."],
        }),
        D(["fridaynews365", "loktej"], "Epicentre: 18 km south of Hualien City (fridaynews365) vs 25 km southeast of Hualien (loktej, citing the Taipei Times).", {
            "fridaynews365": ["The epicenter was 18 kilometers south of Hualien City."],
            "loktej": ["According to the Taipei Times, the epicenter of the quake was located 25 kilometers southeast of Hualien, striking at a shallow depth of 15.5 kilometers."],
        }),
        D(["fridaynews365", "absolutenews"], "The September 1999 quake: magnitude 7.6 (fridaynews365) vs 7.7 (absolutenews); both put its toll at about 2,400.", {
            "fridaynews365": ["Before that, in September 1999, an earthquake of magnitude 7.6 struck Taiwan."],
            "absolutenews": ["This quake is the strongest since 1999, when a 7.7 magnitude quake hit south of Taipei, killing 2,400 people and injuring 10,000 others."],
        }),
        D(["headlinesmart", "loktej"], "Collapsed buildings: at least 26 (headlinesmart) vs 28 structures by 3:30 pm (loktej). Counts at different hours.", {
            "headlinesmart": ["The quake led to the collapse of at least 26 buildings, trapping nearly 80 people as rescue operations continued."],
            "loktej": ["By 3:30 pm Wednesday, the Central Emergency Operation Center had reported the collapse of 28 structures."],
        }),
        D(["headlinesmart", "amu", "absolutenews", "loktej"], "People trapped: nearly 80 (headlinesmart) / 77 (amu) vs 137 (absolutenews; loktej: 137 'still unaccounted for'). Counts at different hours.", {
            "headlinesmart": ["The quake led to the collapse of at least 26 buildings, trapping nearly 80 people as rescue operations continued."],
            "amu": ["According to the fire department, 77 individuals remain trapped, some in collapsed buildings in Hualien."],
            "absolutenews": ["Emergency responders have rescued 75 individuals trapped in various tunnels in Hualien County, but as of 7 a.m. Eastern Time, 137 people remain trapped."],
            "loktej": ["The earthquake also injured over 946 people, with 137 still unaccounted for."],
        }),
        D(["nationthailand", "amu"], "Wording of Chang Yu-lin's quote: 'as if the house was going to topple' (nationthailand) vs 'going to topple over' (amu). Soft (same quote, transcribed differently).", {
            "nationthailand": ["“It was very strong. It felt as if the house was going to topple,” said 60-year-old Taipei hospital worker Chang Yu-Lin."],
            "amu": ["“It was very strong. It felt as if the house was going to topple over,” said Chang Yu-lin, a 60-year-old hospital worker in Taipei."],
        }),
        D(["fridaynews365", "nationthailand", "amu"], "Where the dead were: 'all in the city of Hualien' (fridaynews365) vs all in Hualien county (nationthailand; amu: 'the mountainous, sparsely populated eastern county of Hualien'); the deaths described were hikers, drivers on mountain roads and a man at a mine. Soft (city vs county).", {
            "fridaynews365": ["Confirming the number of casualties, Taiwan's National Fire Agency said the fatalities were all in the city of Hualien."],
            "nationthailand": ["Taiwan’s National Fire Agency said all the fatalities had been in Hualien county."],
            "amu": ["The government reported that the deaths occurred in the mountainous, sparsely populated eastern county of Hualien, near the quake’s epicenter, with 711 people injured."],
        }),
    ],
    "trump_verdict_2024": [
        D(["headlineusa", "wkxi", "irishtimes"], "Length of the jury's deliberations: 9.5 hours (headlineusa) vs more than 11 hours (wkxi) vs in 'the 11th hour' when the verdict came (irishtimes).", {
            "headlineusa": ["Jurors convicted Trump on all 34 counts after deliberating for 9.5 hours, following a roughly four-week trial marred in controversy."],
            "wkxi": ["The jury delivered their verdict just after 5pm on Thursday, after more than 11 hours of deliberations."],
            "irishtimes": ["It was the 11th hour of a decision which, speculation went, could last weeks."],
        }),
        D(["newdelhitimes", "headlineusa"], "Trump's vow after the verdict: “This is long from over” (newdelhitimes) vs “This is far from over” (headlineusa). Soft (same remark, quoted differently).", {
            "newdelhitimes": ["With a somber expression, he vowed, “This is long from over.”"],
            "headlineusa": ["“This is far from over,” Trump said outside the courthouse following the guilty verdict."],
        }),
        D(["headlineusa", "ticklethewire"], "The hush-money payment: 'a $150,000 payment involving Playboy model Stormy Daniels' (headlineusa, apparently mixing in the $150,000 paid over Playboy model Karen McDougal) vs 'the $130,000 payment' to Stormy Daniels (ticklethewire).", {
            "headlineusa": ["Trump himself did not testify, but jurors heard his voice through a secret recording of a conversation with his former lawyer, the disgraced Michael Cohen, in which they discussed a $150,000 payment involving Playboy model Stormy Daniels."],
            "ticklethewire": ["Prosecutors alleged that Trump hid the $130,000 payment so it wouldn’t hurt his chances of winning the 2016 presidential election."],
        }),
    ],
    "boj_rate_2024": [
        D(["bangkokpost", "infralog", "menafn"], "The yen after the decision: the dollar 'briefly climbed near the 150 yen line' (bangkokpost) vs the yen weakening from 149.29 to 'as weak as 149.92' (infralog) vs the dollar/yen rate 'surpassing 150' (menafn). Partly timing.", {
            "bangkokpost": ["The US dollar briefly climbed near the 150 yen line after the Bank of Japan announcement on Tuesday morning."],
            "infralog": ["The yen fell against the dollar from 149.29 just before the announcement to as weak as 149.92 afterwards."],
            "menafn": ["While the reversal in interest rates has been positively received by equity markets, the yen unexpectedly faced pressure, resulting in the US dollar/Japanese yen exchange rate surpassing 150."],
        }),
        D(["bangkokpost", "livemint", "wtxnews"], "Inflation against the 2% target: above it 'for well over a year' (bangkokpost) vs 'for the past two years' (livemint) vs core inflation 'held at' the target in January (wtxnews). Soft (different measures and spans).", {
            "bangkokpost": ["With inflation having exceeded the BOJ's 2% target for well over a year, many market players had expected the central bank to exit its ultra-loose monetary policy in March or April."],
            "livemint": ["Japan’s inflation rate has stood above the central bank’s 2% target for the past two years, while the Nikkei Stock Average hit a record for the first time in 34 years."],
            "wtxnews": ["The latest official figures showed that even though the rate of price rises has been slowing, Japan’s core consumer inflation held at the bank’s 2% target in January."],
        }),
        D(["nippon", "livemint"], "Length of the easing being unwound: '11 years of its massive monetary easing campaign' (nippon) vs 'the unconventional monetary easing of the past decade and a half' (livemint). Soft (different starting points).", {
            "nippon": ["The central bank also abolished its yield curve control, which guides key long-term interest rates to around zero pct, laying the groundwork for ending 11 years of its massive monetary easing campaign."],
            "livemint": ["Ending negative rates was one of several moves the Bank of Japan took Tuesday to undo the unconventional monetary easing of the past decade and a half."],
        }),
    ],
    "noto_quake_2024": [
        D(["ctvnews", "am1news", "turksus", "qazinform", "pledgetimes"], "Death toll: at least one (ctvnews, Monday) vs six (am1news) vs at least eight, with Kyodo's 13 (turksus) vs at least 24 (qazinform) vs at least thirty (pledgetimes). Reports written hours apart as the toll rose.", {
            "ctvnews": ["A powerful earthquake struck central Japan on Monday, killing at least one person, destroying buildings, knocking out power to tens of thousands of homes and prompting residents in some coastal areas to flee to higher ground."],
            "am1news": ["Major Japan quake kills at least six",
                        "The death toll from a New Year's Day earthquake in central Japan has risen to six, police confirmed Tuesday, January 2, a day after the 7.5-magnitude tremor triggered tsunami waves over a meter high."],
            "turksus": ["At least eight people have been confirmed dead after a massive earthquake hit the coast of central Japan on New Year’s Day with Prime Minister Fumio Kishida warning that damage was “widespread” and casualties were likely to rise.",
                        "The Kyodo news agency put the death toll at 13."],
            "qazinform": ["24 confirmed dead in Noto quake as more damage reports come in",
                          "At least 24 people have been confirmed dead in the powerful earthquake that struck the Noto Peninsula and surrounding areas in central Japan on New Year's Day as more reports of damage came in and rescuers raced to find survivors on Tuesday, Kyodo reports."],
            "pledgetimes": ["Death toll after Japan earthquake rises to at least 30, tsunami warnings withdrawn",
                            "The death toll after the massive earthquake that struck the west coast of Japan on Monday has risen to at least thirty."],
        }),
        D(["am1news", "ctvnews", "asianews", "turksus", "qazinform", "pledgetimes"], "Magnitude: 7.5 (am1news) vs 7.6 (the others, the Japan Meteorological Agency's preliminary figure). Partly framing: 7.5 is the moment magnitude.", {
            "am1news": ["The death toll from a New Year's Day earthquake in central Japan has risen to six, police confirmed Tuesday, January 2, a day after the 7.5-magnitude tremor triggered tsunami waves over a meter high."],
            "ctvnews": ["The quake with a preliminary magnitude of 7.6 triggered waves of about 1 meter along Japan's west coast and neighboring South Korea, with authorities saying larger waves could follow."],
            "asianews": ["TOKYO – An earthquake with an estimated magnitude of 7.6 struck the Noto region of Ishikawa Prefecture at around 4:10 p.m. Monday, registering 7 on the Japanese seismic intensity scale — the highest level."],
            "turksus": ["The 7.6 magnitude quake struck on Monday afternoon near the Noto Peninsula in Ishikawa Prefecture, triggering the country’s first major tsunami warning since the March 2011 earthquake and tsunami that left about 18,500 people dead or missing in northeastern Japan."],
            "qazinform": ["The magnitude-7.6 quake caused extensive structural damage and fires in the city of Wajima in Ishikawa Prefecture, as continuing aftershocks and rubble on roads hampered rescue operations."],
            "pledgetimes": ["Japan tried on Tuesday to assess the damage from the earthquake with a preliminary magnitude of 7.6, which occurred on Monday afternoon."],
        }),
        D(["pledgetimes", "turksus"], "Tremors since the main quake: more than 140 (pledgetimes) vs 155 (turksus). Counts at different times.", {
            "pledgetimes": ["More than 140 tremors have been recorded since the earthquake, according to the Japan Meteorological Institute."],
            "turksus": ["The Japan Meteorological Office said the country had been hit by 155 earthquakes since the initial tremor on Monday."],
        }),
        D(["am1news", "pledgetimes", "qazinform"], "Damage: 'At least six homes were damaged' (am1news, the government spokesman on Monday) vs more than a hundred homes and businesses destroyed in Wajima (pledgetimes) vs fires engulfing over 200 structures in central Wajima (qazinform). Soft (different hours and measures).", {
            "am1news": ["At least six homes were damaged by the quakes, with people trapped inside, government spokesman Yoshimasa Hayashi said."],
            "pledgetimes": ["More than a hundred homes and businesses are said to have been destroyed."],
            "qazinform": ["Fires have engulfed over 200 structures in the central Wajima area, but the chances of them spreading further are slim, Ishikawa prefectural officials said."],
        }),
        D(["pledgetimes", "qazinform"], "Rescue forces: 'Thousands of soldiers, firefighters and police' deployed (pledgetimes) vs 'About 1,000 Self-Defense Force personnel' (qazinform, quoting Kishida). Soft (soldiers only vs all services).", {
            "pledgetimes": ["Thousands of soldiers, firefighters and police from across the country have been deployed to the worst-hit area on the remote Noto Peninsula."],
            "qazinform": ["About 1,000 Self-Defense Force personnel are engaged in rescue and relief operations, Kishida said."],
        }),
        D(["turksus", "pledgetimes"], "Kishida's words on the rescue: a “race against time” (turksus) vs “a battle against time” (pledgetimes). Soft (translation).", {
            "turksus": ["Casualties were “numerous” he said, adding that it would be a “race against time” to rescue victims."],
            "pledgetimes": ["He called the search for victims buried under rubble of collapsed buildings “a battle against time.”"],
        }),
    ],
    "uk_election_2024": [
        D(["cayahoo", "israelhayom"], "Liberal Democrat seats: expected to end the night with 66 (cayahoo) vs 71 (israelhayom). Early estimate vs later count.", {
            "cayahoo": ["Sunak’s party is on track to record its worst performance in a general election, with the SNP reduced to an estimated eight seats, while the Liberal Democrats were expected to end the night with 66 seats."],
            "israelhayom": ["According to the election results, the Labour Party secured more than 400 seats, Sunak's Conservatives stand at less than 130 seats, and the Liberal Democrats at 71 seats, a dramatic increase in their parliamentary power."],
        }),
        D(["cayahoo", "israelhayom"], "SNP seats: an estimated eight (cayahoo) vs nine (israelhayom).", {
            "cayahoo": ["Sunak’s party is on track to record its worst performance in a general election, with the SNP reduced to an estimated eight seats, while the Liberal Democrats were expected to end the night with 66 seats."],
            "israelhayom": ["The Scottish National Party collapsed, remaining with only nine seats."],
        }),
        D(["nzyahoo", "thenewdaily"], "Starmer's victory-speech words: 'We did it, you campaigned for it, you fought for it, you voted for it and now it has arrived, change begins now' (nzyahoo) vs 'We voted for it and now it has arrived too. Change begins now' (thenewdaily). Soft (same passage, transcribed differently).", {
            "nzyahoo": ["Earlier, a gleaming Sir Keir told a crowd of supporters: \"We did it, you campaigned for it, you fought for it, you voted for it and now it has arrived, change begins now.\""],
            "thenewdaily": ["“We voted for it and now it has arrived too. Change begins now,” Starmer told hundreds of jubilant supporters early on Friday morning (local time)."],
        }),
        D(["nzyahoo", "thenewdaily"], "The 'sunlight of hope' passage: 'pale at first but getting stronger through the day. Shining once again on a country with an opportunity' (nzyahoo) vs 'pale at first, will get stronger through the day, shining once again on a country with the opportunity' (thenewdaily). Soft (transcription).", {
            "nzyahoo": ["\"The sunlight of hope, pale at first but getting stronger through the day. Shining once again on a country with an opportunity after 14 years to get its future back.\""],
            "thenewdaily": ["“Now, we can look forward, walk into the morning. The sunlight of hope, pale at first, will get stronger through the day, shining once again on a country with the opportunity after 14 years to get its future back.”"],
        }),
        D(["tv360nigeria", "thenewdaily"], "The 'fight for trust' passage: 'The fight for trust is the battle that defines us our age' as a separate sentence (tv360nigeria) vs '– a fight for trust is the battle that defines our age' (thenewdaily). Soft (transcription).", {
            "tv360nigeria": ["Hailing Labour’s massive victory, Starmer said: “Make no mistake, that is the great test of politics in this era. The fight for trust is the battle that defines us our age. It is why we’ve campaigned so hard on demonstrating we are fit for public service.”"],
            "thenewdaily": ["“Make no mistake, that is the great test of politics in this era – a fight for trust is the battle that defines our age,” he said."],
        }),
    ],
    # --- added 2026-11-28 (dev clusters, fourth batch) ---
    "superbowl_lvii_2023": [
        D(["theweek", "arizonasports", "northerniowan"], "Time left when Butker kicked the winning 27-yard field goal: eight seconds (theweek, arizonasports) vs 11 seconds (northerniowan).", {
            "theweek": ["With just eight seconds left, Harrison Butker kicked a 27-yard field goal, breaking the 35-35 tie and giving the Chiefs their second Super Bowl title in four seasons."],
            "arizonasports": ["Kansas City Chiefs kicker Harrison Butker drilled the game-winning 27-yard field goal, leaving eight seconds on the clock to defeat the Philadelphia Eagles 38-35 at State Farm Stadium."],
            "northerniowan": ["With 11 seconds remaining, Harrison Butker propelled the Kansas City Chiefs over the Philadelphia Eagles with a 27-yard game-winning field goal to win Super Bowl 57."],
        }),
        D(["abc27", "news1819"], "Length of Nick Bolton's fumble-return touchdown: 36 yards (abc27) vs 14 yards (news1819).", {
            "abc27": ["After a Chiefs punt, linebacker Nick Bolton forced a Hurts fumble and ran the ball back for a 36-yard TD to tie the game at 14."],
            "news1819": ["His fumble was picked up by Kansas City linebacker Nick Bolton and returned 14 yards for a touchdown to tie the score at 14."],
        }),
        D(["northerniowan", "arizonasports"], "Name of the Eagles cornerback flagged for the decisive defensive holding: James Bradberry (northerniowan) vs James Bradbury (arizonasports). Spelling.", {
            "northerniowan": ["Philadelphia’s James Bradberry was called for holding, which set the Chiefs up with a fresh set of downs and control of the clock."],
            "arizonasports": ["The go-ahead kick was set up by a controversial defensive holding call against James Bradbury of the Eagles on a third down."],
        }),
    ],
    "titan_submersible_2023": [
        D(["cnewslive", "eastcoastdaily", "urecomm", "sasknow", "onlinednanews"], "Distance of the debris from the Titanic's bow: about 1,600 feet (cnewslive, which converts it to 488 meters; eastcoastdaily; urecomm) vs about 500 metres (sasknow, onlinednanews). Soft (rounding in the conversion).", {
            "cnewslive": ["The debris field was found on the seabed approximately 1,600 feet (488 meters) from the bow of the Titanic, resting 2 1/2 miles (4 km) beneath the surface in a remote area of the North Atlantic."],
            "eastcoastdaily": ["Mauger emphasized the harsh and unforgiving nature of the environment, mentioning that the tail cone of the Titan submersible had been found approximately 1600 feet from the bow of the Titanic wreck by an ROV from the vessel Horizon Artic a few hours earlier."],
            "urecomm": ["Officials have reported that a debris field was located approximately 1,600 feet from the bow of the Titanic wreckage."],
            "sasknow": ["Several pieces of the minivan-size craft, including parts of its carbon-fibre hull, were found in a debris field on an otherwise clear section of the ocean floor, about 500 metres from the bow of the sunken luxury liner, Rear Admiral John Mauger, commander of First Coast Guard District in Boston, told reporters."],
            "onlinednanews": ["During a press briefing, Rear Admiral John Mauger, the commander of the First Coast Guard District, revealed that a remotely operated vehicle (ROV) located debris from the Titan approximately 500 meters from the bow of the Titanic wreck."],
        }),
        D(["sasknow", "urecomm", "eastcoastdaily", "huffpost"], "Spelling of the French diver's first name: Paul-Henry (sasknow, urecomm) vs Paul-Henri (eastcoastdaily, huffpost). Spelling.", {
            "sasknow": ["Those killed include the vessel’s pilot, OceanGate Expeditions CEO Stockton Rush, British billionaire Hamish Harding, French explorer and Titanic expert Paul-Henry Nargeolet and Pakistani businessman Shahzada Dawood and his 19-year-old son, Suleman."],
            "urecomm": ["The other individuals on board the submersible included British explorer Hamish Harding, researcher/diver Paul-Henry Nargeolet, Pakistani businessman Shahzada Dawood, and his son Suleman."],
            "eastcoastdaily": ["Rear Admiral John Mauger of the US Coast Guard stated that he couldn’t confirm whether the bodies of the five passengers, including OceanGate’s CEO Stockton Rush, Shahzada Dawood and his son Suleman Dawood, Hamish Harding, and Paul-Henri Nargeolet, would be recovered."],
            "huffpost": ["The victims were Stockton Rush, Hamish Harding, Paul-Henri Nargeolet, Shahzada Dawood and Suleman Dawood."],
        }),
        D(["cnewslive", "onlinednanews", "eastcoastdaily"], "Depth of the wreck site: 2 1/2 miles (4 km) (cnewslive) and a 4,000-meter dive (onlinednanews) vs two miles beneath the surface (eastcoastdaily). Soft (rounding).", {
            "cnewslive": ["The debris field was found on the seabed approximately 1,600 feet (488 meters) from the bow of the Titanic, resting 2 1/2 miles (4 km) beneath the surface in a remote area of the North Atlantic."],
            "onlinednanews": ["The incident occurred when the Titan lost contact with a support ship during a 4,000-meter dive to the Titanic shipwreck, merely two hours into the expedition."],
            "eastcoastdaily": ["Mauger assured that the US Coast Guard would continue its work near the site to gather more information, emphasizing the complexity of the sea floor environment two miles beneath the surface."],
        }),
    ],
    "microsoft_activision_2022": [
        D(["cnbc", "kyma", "blockworks", "dailybeast", "cbsnews"], "Activision's share jump on the news: 27% on Tuesday morning (cnbc) vs more than 25% (blockworks) vs more than 30% before the open (kyma) vs more than 34% in pre-market trading (dailybeast) vs up to $90 in premarket trading from a $65.39 close, about 38% (cbsnews). Partly timing.", {
            "cnbc": ["Shares of Activision soared 27% on Tuesday morning following the news while Microsoft's stock fell less than 1%."],
            "kyma": ["Activision Blizzard’s stock shot up more than 30% ahead of the market open Tuesday morning; Microsoft shares fell around 1.5%."],
            "blockworks": ["Activision shares spiked more than 25% on the news"],
            "dailybeast": ["Activision Blizzard’s stock soared more than 34 percent in pre-market trading on Tuesday."],
            "cbsnews": ["That represents a 43% premium to Activision's closing stock price on Friday of $65.39.",
                        "Shares of the video game developer surged in premarket trading to as much as $90."],
        }),
        D(["cnbc", "kyma"], "Microsoft's share move on the news: fell less than 1% (cnbc) vs fell around 1.5% (kyma). Partly timing.", {
            "cnbc": ["Shares of Activision soared 27% on Tuesday morning following the news while Microsoft's stock fell less than 1%."],
            "kyma": ["Activision Blizzard’s stock shot up more than 30% ahead of the market open Tuesday morning; Microsoft shares fell around 1.5%."],
        }),
        D(["cbsnews", "blockworks"], "Premium of the $95 offer: 43% over Friday's $65.39 close (cbsnews) vs around 45% (blockworks; $95 is 45% above $65.39).", {
            "cbsnews": ["That represents a 43% premium to Activision's closing stock price on Friday of $65.39."],
            "blockworks": ["Microsoft will acquire Activision Blizzard for $95 per share, around 45 percent above the company’s previous share price",
                           "Microsoft, which makes Xbox consoles and produces Minecraft, will acquire Activision for $95 per share, around a 45 percent premium."],
        }),
        D(["cnbc", "cbsnews"], "Kotick after the deal: remains CEO during the transition, Microsoft implying he could then depart (cnbc) vs will continue in the role after the acquisition is completed (cbsnews).", {
            "cnbc": ["Under the deal, Activision CEO Bobby Kotick, who has faced calls to resign over the cultural problems within his company, will remain CEO during the transition.",
                     "Microsoft said Activision as a company will report to Microsoft's Xbox boss Phil Spencer after the deal closes, implying Kotick could depart after the transition."],
            "cbsnews": ["Microsoft said CEO Bobby Kotick will continue in that role after the acquisition is completed."],
        }),
    ],
    "starship_flight_2023": [
        D(["breakinglatest", "itechpost"], "Liftoff time: 9:28 a.m. (breakinglatest) vs 9:33 AM EDT (itechpost).", {
            "breakinglatest": ["SpaceX’s most powerful rocket launched from a launch pad off the South Texas coast at 9:28 a.m. Thursday, but it exploded before the separation phase."],
            "itechpost": ["The rocket's engines - all 33 of its first-stage Raptor engines - lifted it as soon as the countdown to 9:33 AM EDT, carrying the rocket high up into the Texas sky."],
        }),
        D(["itechpost", "redorbit", "avpress"], "Engines at liftoff: all 33 Raptor engines lifted the rocket (itechpost, which reports 'multiple engines out' only later in the flight) vs five of the 33 failed to fire during liftoff (redorbit) vs multiple engines not firing as the rocket ascended (avpress). Soft for avpress.", {
            "itechpost": ["The rocket's engines - all 33 of its first-stage Raptor engines - lifted it as soon as the countdown to 9:33 AM EDT, carrying the rocket high up into the Texas sky."],
            "redorbit": ["Five of the 33 engines on the first stage also failed to fire during liftoff."],
            "avpress": ["SpaceX later said multiple engines on the 33-engine booster were not firing as the rocket ascended, causing it to lose altitude and begin to tumble."],
        }),
        D(["avpress", "redorbit"], "Highest altitude reached: 24 miles (avpress) vs 18 miles (redorbit).", {
            "avpress": ["The rocket reached a maximum speed of about 1,300 mph and as high as 24 miles, before going sideways and dropping."],
            "redorbit": ["The stack reached an altitude of 18 miles."],
        }),
        D(["avpress", "itechpost", "redorbit"], "Length of the flight: four minutes (avpress; itechpost: self-destruct four minutes after liftoff) vs 'only a couple of minutes' (redorbit). Soft.", {
            "avpress": ["Instead of a best-case-scenario one-and-a-half-hour flight with the spacecraft on top peeling away and taking a lap around the world, the whole thing lasted four minutes."],
            "itechpost": ["Instead, it remained connected and began to tumble mid-air, forcing SpaceX to have the rocket self-destruct in mid-air four minutes after liftoff as a form of \"rapid unscheduled disassembly\" - also known as an explosion."],
            "redorbit": ["The launch attempt lasted only a couple of minutes."],
        }),
        D(["redorbit", "breakinglatest"], "Planned fate of the Super Heavy booster: return to SpaceX's test facility near Boca Chica (redorbit) vs dropped into the sea after separating (breakinglatest).", {
            "redorbit": ["If things had gone as planned, the first stage rocket would have returned to SpaceX’s test facility near Boca Chica, Texas."],
            "breakinglatest": ["Approximately two and a half minutes after launch, the super-heavy rocket consumes most of its fuel and separates from the Starship, hurling the rocket into the sea."],
        }),
    ],
    "us_cpi_june_2022": [
        D(["libertywire", "c3groupconsulting", "thefirsttv"], "Since when the 12-month rise is the largest: since the period ending November 1981 (libertywire, quoting the BLS) vs since December 1981 (c3groupconsulting, thefirsttv).", {
            "libertywire": ["That increase is “the largest 12-month increase since the period ending November 1981,” said the Bureau."],
            "c3groupconsulting": ["This is the highest level since December 1981, surpassing last month’s record 8.6% reading and even economists’ predictions of an 8.8% CPI increase in June."],
            "thefirsttv": ["That marked another month of the fastest pace for inflation going back to December 1981."],
        }),
        D(["libertywire", "c3groupconsulting", "cbsphiladelphia"], "National average price of gasoline: $4.63 a gallon (libertywire, on the day of the report) vs $5.01 (c3groupconsulting, AAA, June) vs topping $5 (cbsphiladelphia, last month). Soft (different dates).", {
            "libertywire": ["The national average price for one gallon of regular gasoline is $4.63."],
            "c3groupconsulting": ["Gasoline prices were up nearly 60% over the year in June; the American Automobile Association reported the national average at the pump was $5.01 per gallon."],
            "cbsphiladelphia": ["Americans faced record-high gas prices last month, with the national average topping $5 a gallon across the country."],
        }),
        D(["medicaleconomics", "c3groupconsulting"], "Energy prices over the year: up 7.5% 'compared to the same period last year' (medicaleconomics, which gives 41.6% on a 12-month basis in the same sentence; 7.5% is the monthly rise) vs 41.6% year over year (c3groupconsulting).", {
            "medicaleconomics": ["Energy prices increased 7.5% compared to the same period last year, marking a massive 41.6% increase on a 12-month basis."],
            "c3groupconsulting": ["In general, energy prices rose (by 41.6% year over year)."],
        }),
    ],
    # --- added 2026-11-28 (dev clusters, fifth batch) ---
    "uaw_strike_2023": [
        D(["ustimetoday", "detroitnews", "kuow"], "Number of workers on strike: about 13,000 (ustimetoday, AP) vs 12,900 (detroitnews) vs just under 13,000 (kuow). Soft for ustimetoday and kuow (rounding).", {
            "ustimetoday": ["DETROIT (AP) — About 13,000 U.S. auto workers stopped producing vehicles and went on strike Friday after their leaders failed to close a wide gap between union demands in collective bargaining and what Detroit’s three automakers are willing to pay ."],
            "detroitnews": ["The walkouts involving 12,900 workers mark the first time in the union's more than 80-year history that it has struck all three Detroit automakers at once."],
            "kuow": ["For now, that means the strike involves just under 13,000 workers — less than 9% of UAW membership at the three companies."],
        }),
        D(["whtc", "cedarnews"], "Pay rise the union demands: 46 percent (whtc) vs 40% raises for hourly workers (cedarnews).", {
            "whtc": ["The UAW wants a 46-percent raise, while offers from the automakers top out at Ford’s 20-percent offer."],
            "cedarnews": ["The union had set a midnight deadline Thursday night to reach an agreement with the trio of companies, after asking for a list of hefty demands including 40% raises for hourly workers, a shortened 32-hour work week, cost-of-living adjustments, increases to vacation and family leave, and a return to a traditional pension system, among other requests."],
        }),
        D(["ustimetoday", "kuow"], "UAW members at the three automakers: 146,000 (ustimetoday) vs nearly 150,000 (kuow). Soft (rounding).", {
            "ustimetoday": ["But not all of the UAW’s 146,000 corporate plant members are picketing, at least not yet."],
            "kuow": ["But the UAW strike won't mean all of the nearly 150,000 union members who work at the three automakers will walk off their jobs en masse."],
        }),
    ],
    "queen_death_2022": [
        D(["ttef", "refinery29", "lifestyleasia", "nationalworld"], "Day the Queen appointed Liz Truss (and was last seen in reasonable health): Monday (ttef) vs Tuesday 6 September (refinery29, lifestyleasia; nationalworld: a day before Wednesday).", {
            "ttef": ["The Queen seemed to be in reasonable health only on Monday when she accepted Boris Johnson’s resignation and invited Liz Truss to be her 15th Prime Minister."],
            "refinery29": ["The last photos published were of the Queen meeting Liz Truss on Tuesday 6 September, her 15th prime minister since the start of her reign."],
            "lifestyleasia": ["A statement was also released by Liz Truss, who was appointed Prime Minister on Tuesday."],
            "nationalworld": ["She had to pull out of a virtual Privy Council on Wednesday, a day after appointing Liz Truss as prime minister at her home in the Scottish Highlands."],
        }),
        D(["ttef", "refinery29", "dailytimes"], "Time of death: Thursday evening (ttef, which also quotes the palace's 'this afternoon') vs 'this afternoon' in the palace statement (refinery29; dailytimes: statement issued at 6:30 pm). Soft (the death was announced in the evening).", {
            "ttef": ["Queen Elizabeth II passed away at Balmoral on Thursday evening at the age of 96 after a 70-year reign of devoted service to the United Kingdom and the Commonwealth during which she scarcely put a foot wrong."],
            "refinery29": ["A statement issued by the palace said the Queen “died peacefully at Balmoral this afternoon,” on Sept. 8."],
            "dailytimes": ["“The Queen died peacefully at Balmoral this afternoon,” said the statement issued at 6:30 pm (1730 GMT)."],
        }),
    ],
    "vision_pro_2023": [
        D(["newser", "polygon", "timewarnerent"], "Starting price: $3,500 (newser, AP) vs $3,499 (polygon, timewarnerent). Soft (rounding).", {
            "newser": ["Vision Pro will sell for $3,500 once it's released in stores early next year."],
            "polygon": ["Apple’s Vision Pro headset will be released in early 2024, starting at a whopping $3,499."],
            "timewarnerent": ["The headset will be priced starting at $3,499, available starting in early 2024 in the U.S. (with other countries later in the year)."],
        }),
    ],
    "biden_xi_bali_2022": [
        D(["upi", "nzyahoo", "gulftime", "cambodianess", "vizvanews", "gna"], "Length of the meeting: more than / over three hours (upi, nzyahoo) vs about three hours (gulftime) vs three hours (cambodianess, vizvanews, gna). Soft (rounding).", {
            "upi": ["The pair spoke for more than three hours Monday in Bali, Indonesia where the two leaders are attending the G20 economic summit, for their first face-to-face meeting since Biden took office."],
            "nzyahoo": ["Following the meeting, which lasted over three hours, Biden said that the two were “clear” about not looking for conflict and that the U.S. and China would “work together when they can.”"],
            "gulftime": ["The two men met for about three hours on the sidelines of the Group of 20 summit in Bali, Indonesia, greeting each other with a handshake and conciliatory remarks in which they both called for calming tensions."],
            "cambodianess": ["Nusa Dua, Indonesia -- Presidents Joe Biden and Xi Jinping tried to take some heat out of their simmering superpower rivalry Monday, during a three-hour summit that found common ground on Ukraine but left little doubt that stark differences remain."],
            "vizvanews": ["After a three-hour meeting with the Chinese leader, Biden said the midterm elections sent a strong message around the globe “that the United States is ready to play.”"],
            "gna": ["In a three-hour meeting held at a luxury hotel shortly after Mr Xi’s arrival, the leaders discussed a wide range of topics including Taiwan."],
        }),
    ],
    "oscars_2023": [
        D(["telanganatoday", "widescreenreview", "lbc", "trt", "kfiam640"], "Wording of Michelle Yeoh's 'past your prime' line: 'don't ever let anyone tell you that you are past your prime' (telanganatoday) vs 'don't let anybody tell you [that] you are ever passed your prime' (widescreenreview) vs 'never let anyone tell you you are past your prime' (lbc) vs 'don't let anybody tell you you are ever past your prime' (trt, kfiam640). Soft (misquotes of one line).", {
            "telanganatoday": ["“Ladies, don’t ever let anyone tell you that you are past your prime,” Yeoh said."],
            "widescreenreview": ["And ladies, don’t let anybody tell you [that] you are ever passed your prime.”"],
            "lbc": ["Ladies, never let anyone tell you you are past your prime.\""],
            "trt": ["\"Ladies, don't let anybody tell you you are ever past your prime,\" added the 60-year-old, whose career began decades ago with martial arts films in Hong Kong."],
            "kfiam640": ["And, the 60-year-old added, \"Ladies, don't let anybody tell you you are ever past your prime.\""],
        }),
    ],
}


NO_HEADLINE = "[headline not retrieved]"
TERMINAL = re.compile(r"[.!?][\"'”’)]*$")


def split_headline(raw_text):
    """Return (title or None, text as written to clusters/). A raw file whose first line is
    NO_HEADLINE is written without that line and the blank line after it."""
    first, _, rest = raw_text.partition("\n")
    if first.strip() == NO_HEADLINE:
        return None, rest.lstrip("\n")
    return first.strip(), raw_text


def sentence_problem(text, sent):
    """None if sent occurs in text as a whole sentence (or a whole line, e.g. a headline),
    else a short reason."""
    if not sent or sent != sent.strip():
        return "empty or padded with whitespace"
    i = text.find(sent)
    while i != -1:
        gap = text[:i][len(text[:i].rstrip()):]           # whitespace just before sent
        prev = text[:i].rstrip()
        starts = i == 0 or "\n" in gap or (gap != "" and TERMINAL.search(prev) is not None)
        after = text[i + len(sent)] if i + len(sent) < len(text) else "\n"
        ends = after.isspace() and (TERMINAL.search(sent) is not None or after == "\n")
        if starts and ends:
            return None
        i = text.find(sent, i + 1)
    return "not found as a whole sentence"


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems = []
    manifest = []
    os.makedirs(OUT, exist_ok=True)
    clusters = sorted(d for d in os.listdir(RAW) if not d.startswith("_") and os.path.isdir(os.path.join(RAW, d)))
    assert set(clusters) == set(SPLIT), set(clusters) ^ set(SPLIT)
    for cid in clusters:
        meta = json.load(open(os.path.join(RAW, cid, "meta.json")))
        texts, titles = {}, {}
        for a in meta["articles"]:
            raw_text = open(os.path.join(RAW, cid, a["id"] + ".txt"), encoding="utf-8").read()
            titles[a["id"]], texts[a["id"]] = split_headline(raw_text)
        out = dict(texts)
        edits = EDITS.get(cid, [])
        for e in edits:
            t = out[e["article"]]
            n = t.count(e["original"])
            if n != 1:
                problems.append(f"{cid}/{e['article']}: original found {n} times: {e['original'][:60]}")
                continue
            if e["original"] == e["edited"]:
                problems.append(f"{cid}: edit is a no-op")
            out[e["article"]] = t.replace(e["original"], e["edited"])
            for s in e["supported_by"]:
                if s not in texts or s == e["article"]:
                    problems.append(f"{cid}: bad supported_by {s}")
        glued = []
        if cid in GLUED:
            g = GLUED[cid]
            src = norm_ws(open(os.path.join(RAW, "_glue_sources", g["source"]), encoding="utf-8").read())
            for s in g["sentences"]:
                if norm_ws(s) not in src:
                    problems.append(f"{cid}: glued sentence not in source: {s[:60]}")
            out[g["article"]] = out[g["article"]].rstrip("\n") + "\n\n" + " ".join(g["sentences"]) + "\n"
            glued.append({"article": g["article"], "sentences": g["sentences"], "source_url": g["source_url"],
                          "source_event": g["source_event"]})
        # write cluster files
        cdir = os.path.join(OUT, cid)
        os.makedirs(cdir, exist_ok=True)
        for f in os.listdir(cdir):
            os.remove(os.path.join(cdir, f))
        for aid, t in out.items():
            lines = t.split("\n")
            if NO_HEADLINE in t:
                problems.append(f"{cid}/{aid}: headline placeholder left in written file")
            if titles[aid] is None:
                if not lines[0].strip():
                    problems.append(f"{cid}/{aid}: file without headline does not start with the body")
            elif len(lines) < 3 or lines[1] != "" or not lines[0].strip() or lines[0].strip() != titles[aid]:
                problems.append(f"{cid}/{aid}: bad headline/blank-line layout")
            with open(os.path.join(cdir, aid + ".txt"), "w", encoding="utf-8") as fh:
                fh.write(t if t.endswith("\n") else t + "\n")
        # verify edited sentences appear in written files and originals are gone there
        for e in edits:
            written = open(os.path.join(cdir, e["article"] + ".txt"), encoding="utf-8").read()
            if e["edited"] not in written:
                problems.append(f"{cid}: edited sentence missing in output")
            if e["original"] in written:
                problems.append(f"{cid}: original sentence still present in output")
            if e["original"] not in texts[e["article"]]:
                problems.append(f"{cid}: original not in raw")
        types = [e["type"] for e in edits]
        if edits and len(set(types)) != len(types):
            problems.append(f"{cid}: repeated edit type")
        slug = set(TITLE_FROM_SLUG.get(cid, []))
        arts = []
        for a in meta["articles"]:
            title = titles[a["id"]]
            src = "none" if title is None else ("url_slug" if a["id"] in slug else "page")
            if title is None and a["id"] in slug:
                problems.append(f"{cid}/{a['id']}: listed in TITLE_FROM_SLUG but has no headline")
            arts.append({"id": a["id"], "outlet": a["outlet"], "url": a["url"], "date": a.get("date"),
                         "title": title, "title_source": src,
                         "n_chars": len(texts[a["id"]])})
        near = NEAR_COPIES.get(cid, [])
        edited_arts = sorted({e["article"] for e in edits})
        indep = None
        if edited_arts:
            indep = not any(ea in grp for grp in near for ea in edited_arts)
        glued_sents = set(glued[0]["sentences"]) if glued else set()
        for k, d in enumerate(REAL.get(cid, [])):
            tag = f"{cid}: real_disagreement {k}"
            for x in d["articles"]:
                if x not in texts:
                    problems.append(f"{tag} names unknown article {x}")
            sents = d["sentences"]
            if d.get("soft"):
                if sents:
                    problems.append(f"{tag} is soft but has sentences")
                continue
            if set(sents) != set(d["articles"]):
                problems.append(f"{tag}: sentences given for {sorted(sents)}, articles are {sorted(d['articles'])}")
            for x, ss in sents.items():
                if x not in out:
                    continue
                if not ss:
                    problems.append(f"{tag}: no sentence for {x}")
                written = open(os.path.join(cdir, x + ".txt"), encoding="utf-8").read()
                for s_ in ss:
                    why = sentence_problem(written, s_)
                    if why:
                        problems.append(f"{tag}/{x}: {why}: {s_[:60]}")
                    if any(s_ in g or g in s_ for g in glued_sents):
                        problems.append(f"{tag}/{x}: sentence overlaps a glued sentence: {s_[:60]}")
        manifest.append({
            "id": cid, "split": SPLIT[cid], "event": meta["event"], "articles": arts,
            "edits": [{k: e[k] for k in ("article", "type", "original", "edited", "supported_by")} for e in edits],
            "glued": glued,
            "real_disagreements": REAL.get(cid, []),
            "near_copy_groups": near,
            "edited_article_is_only_copy": indep,
        })
    with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    # summary
    from collections import Counter
    sp = Counter(c["split"] for c in manifest)
    ty = Counter(e["type"] for c in manifest for e in c["edits"])
    print("clusters per split:", dict(sp))
    print("articles per cluster:", {c["id"]: len(c["articles"]) for c in manifest})
    print("edits per type:", dict(ty), "total", sum(ty.values()))
    print("edited clusters:", sum(1 for c in manifest if c["edits"]),
          "of which edited article is only copy:", sum(1 for c in manifest if c["edited_article_is_only_copy"]))
    print("glued:", [c["id"] for c in manifest if c["glued"]])
    print("no-edit:", [c["id"] for c in manifest if not c["edits"] and not c["glued"]])
    rd = [d for c in manifest for d in c["real_disagreements"]]
    print("real disagreements:", len(rd), "with sentences:", sum(1 for d in rd if d["sentences"]),
          "soft (no sentences):", sum(1 for d in rd if d.get("soft")),
          "sentences quoted:", sum(len(v) for d in rd for v in d["sentences"].values()))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

# ruff: noqa: E501
"""Hand-written base articles, part 1 (fictional news written for copydesk).

Format of each entry: ``(topic, text)``. In ``text`` the first non-blank line is the title,
lines starting with ``@`` are picture captions belonging to the article (injected as junk
with reason ``caption``), and every other non-blank line is one article paragraph.
"""

from __future__ import annotations

ARTICLES_A: list[tuple[str, str]] = [
    ("diplomacy", """
Kestria and Dovany agree to reopen border crossing after six-month closure
@The Tarnel crossing, pictured in January, has been closed to traffic since the spring.
@Lorries queue on the approach road to the border near Tarnel in April.
Kestria and Dovany have agreed to reopen their main border crossing to freight and passenger traffic from next month, ending a six-month closure that left hundreds of lorries stranded and cost exporters on both sides millions.
The deal was announced late on Thursday after nine hours of talks between the two countries' foreign ministers in the lakeside town of Orsa, on neutral ground.
Under the agreement, customs officers from both countries will work side by side at the Tarnel crossing, and a joint commission will meet every quarter to handle disputes before they escalate.
"Nobody won from this closure," said Kestria's foreign minister, Aurel Vantu, at a brief press conference. "Farmers lost, drivers lost, families lost. Today we stop losing."
His Dovanian counterpart, Mira Hollend, was more cautious, telling reporters that the reopening would be "conditional on good faith" and that her government would monitor the arrangement closely.
The crossing was closed in March after a dispute over inspection fees escalated into a series of tit-for-tat restrictions. Freight companies rerouted through a mountain pass, adding up to two days to journeys.
Trade associations welcomed the announcement but warned it would take weeks to clear the backlog. "There are still drivers sleeping in their cabs on the hard shoulder," said Petra Solenko of the Kestrian Hauliers' Union.
"""),
    ("diplomacy", """
Maravia recalls envoy as row over fishing rights deepens
@Fishing boats moored in Port Adair harbour, where catches have fallen sharply this year.
Maravia has recalled its ambassador from Ostrell for consultations, the foreign ministry said on Monday, in a sharp escalation of a months-long dispute over fishing rights in the waters between the two countries.
The move came two days after Ostrell's coastguard detained three Maravian trawlers and their crews, accusing them of fishing illegally inside its exclusive economic zone.
Maravia says the boats were operating in waters covered by a 1998 treaty that guarantees its fleet access to traditional grounds. Ostrell argues that the treaty expired last year and was never renewed.
"We will not accept the criminalisation of our fishermen," foreign ministry spokesperson Teodor Brana told reporters. He said the 27 crew members had been denied consular access for more than 24 hours.
Ostrell's government said the crews were being treated well and would be released once fines were paid. A spokesperson added that Ostrell remained "open to dialogue at any level".
Diplomats in the region said the recall was largely symbolic but warned that tensions could spill over into trade talks due to resume in the autumn.
"""),
    ("diplomacy", """
Selva river summit ends without joint statement on grain corridor
@Leaders pose for a family photo at the start of the summit in Vell.
Leaders of six countries along the Selva river ended a two-day summit in Vell on Wednesday without agreeing a joint statement on a proposed grain corridor, exposing deep divisions over who should pay to protect the route.
The corridor, first proposed last year, would allow barges to carry grain from inland farms to the port of Esterholm under a shared security and insurance scheme.
Officials said four countries backed a draft that would split costs according to the volume of grain each ships, but two smaller states insisted on a flat contribution, arguing they would otherwise subsidise their larger neighbours.
"We came very close," said the summit's host, Prime Minister Ilona Rask. "Close is not enough for farmers, but it is more than we had on Monday."
Insurers have said they will not cover barges on the river without a joint security arrangement, leaving growers reliant on slower and more expensive rail links.
A working group will meet in September to try to bridge the gap before the harvest.
"""),
    ("diplomacy", """
Ambassador summoned over leaked cable calling president 'erratic'
The foreign ministry summoned the Sellenish ambassador on Friday after a leaked diplomatic cable described the country's president as "erratic, isolated and increasingly suspicious of his own ministers".
The cable, dated last November and signed by the ambassador, Hugo Marlais, was published by an investigative website on Thursday evening. Its authenticity has not been disputed.
In it, Marlais writes that decisions were increasingly being taken "by a small circle at the palace" and that senior officials were afraid to deliver bad news.
A ministry statement said the content of the cable was "unacceptable" and "incompatible with the respect that should govern relations between friendly nations".
Sellenland's foreign ministry said it regretted the leak and had opened an investigation, but stopped short of apologising for the content. "Ambassadors are paid to give frank assessments," one official said privately.
Analysts said the row was unlikely to cause lasting damage but could complicate a state visit planned for the spring.
Marlais, a career diplomat, has not commented publicly.
"""),
    ("diplomacy", """
Island nations press rich countries on climate finance at regional forum
@Delegates at the opening session of the forum on Tuesday.
Leaders of a dozen Pacific island states used a regional forum on Tuesday to demand that wealthy nations deliver on promises of climate finance, warning that rising seas were already forcing villages to relocate.
“We did not cause this crisis, but we are paying for it with our land,” said Tavita Leota, president of the host nation, in an opening address that drew a standing ovation.
The forum's draft communiqué calls for a dedicated fund to cover “loss and damage” and for faster payment of money already pledged. Several leaders complained that applications to existing funds could take years to process.
Delegates from Australia and New Zealand, who attend as partners, said they supported the call for simpler access but did not commit to new money.
Among the communities cited was the village of Fale'ula, where families have begun moving inland after storm surges flooded homes three times in a single season.
The communiqué is expected to be adopted on Thursday.
"""),
    ("defence", """
Defence minister calls for closer military ties after joint exercise
@Soldiers take part in the Northern Anvil exercise near the border on Monday.
The defence minister, Viktor Solm, called for closer military ties with neighbouring Dovany on Tuesday, a day after the two countries completed their largest joint exercise in a decade.
The ministry released footage of the minister inspecting troops and riding in an armoured vehicle during a visit to the training ground near the northern border.
In a meeting with his Dovanian counterpart, Solm proposed a permanent joint staff office and regular exchanges of officers between the two countries' military academies.
"Our armies trained together this week as if they had always done so," Solm said. "We should not wait for a crisis to make that normal."
The exercise, code-named Northern Anvil, involved about 4,000 troops, 60 armoured vehicles and a small number of aircraft. Officials said it was planned more than a year ago and was not aimed at any third country.
Opposition MPs questioned the cost of the exercise, which they put at more than 30 million, and asked whether parliament would be consulted on any permanent arrangement.
The Dovanian defence ministry said it would study the proposals.
"""),
    ("defence", """
Navy to retire three frigates early as budget tightens
@The frigate Resolute leaves harbour on her final patrol last month.
The navy will retire three of its oldest frigates up to four years ahead of schedule to free money for new submarines and drones, the defence ministry confirmed on Wednesday.
The ships, all built in the late 1990s, will be decommissioned over the next 18 months. About 600 sailors will be reassigned to other vessels or to shore-based posts, officials said.
Admiral Reyna Castell, the head of the navy, said the decision was "painful but necessary" because the frigates were increasingly expensive to maintain and lacked modern sensors.
Critics said the move would leave the fleet dangerously thin. "We will have fewer ships at sea than at any point since the Second World War," said Ian Purdue, a former commodore who now advises a defence think tank.
The ministry said replacement frigates were on order but the first would not enter service until 2029.
One of the ships, the Resolute, is expected to be sold to a foreign navy; the other two are likely to be scrapped.
"""),
    ("defence", """
Army recruitment falls short of target for fourth year running
The army has missed its recruitment target for the fourth year in a row, taking on just 71 percent of the soldiers it needed, according to figures published by the defence ministry.
Officials blamed a tight labour market, lengthy medical checks and a private contractor's handling of applications, which a parliamentary committee last year described as "not fit for purpose".
Some applicants waited more than 300 days between applying and starting basic training, the figures show. Many dropped out along the way.
"Young people who want to serve are being lost in the system," said committee chair Ann Delacroix. "That is a waste we simply cannot afford."
The ministry said it had cut the average wait to 180 days and was reviewing medical rules that automatically rejected candidates with mild asthma or childhood eczema.
The shortfall is most acute in the infantry and among engineers and signallers, where private-sector salaries are higher.
A new recruitment contract will be awarded next year.
"""),
    ("defence", """
Parliament approves biggest arms purchase in two decades
@MPs leave the chamber after the late-night vote.
Parliament voted on Thursday to approve the purchase of four medium-range air defence systems, the country's biggest single arms deal in more than two decades.
The contract, worth an estimated 2.4 billion, passed by 212 votes to 94 after a debate that ran late into the night. Two smaller parties voted against, arguing that the money should have been spent on hospitals.
The systems will be deployed around the capital and two major ports. The first is due to arrive next year, with the others following by 2028.
Defence officials said the purchase was needed to replace ageing equipment that dates back to the 1980s and no longer receives spare parts.
"This is not about any one threat," Defence Minister Viktor Solm told MPs. "It is about making sure that the sky over our cities is not the one place we cannot defend."
The deal includes training for 300 personnel and a maintenance contract that will be partly carried out by domestic firms.
"""),
    ("defence", """
Inquiry finds young soldier's death on training march was preventable
@Private Daniel Rourke, who died in July 2022.
The death of a 19-year-old soldier during a training march in extreme heat was preventable, an inquiry has found, criticising commanders for ignoring weather warnings.
Private Daniel Rourke collapsed on the ninth mile of a 12-mile march on Castlebury Moor in July 2022, when temperatures reached 31C. He was pronounced dead in hospital later that day.
The report found that instructors had not been told that a heat warning had been issued that morning, and that water stops were spaced too far apart.
It also found that a medic had not been present at the rear of the column, where Rourke fell behind, for almost 40 minutes.
His mother, Carol Rourke, said outside the hearing that the family had waited two years for answers. "Danny did everything they asked of him. They did not do the same for him," she said.
The army said it accepted all 14 of the inquiry's recommendations and had already changed its rules on training in hot weather.
"""),
    ("elections", """
Opposition leader launches campaign with pledge to cut rail fares by a third
@Nadia Ferrante addresses supporters in Norbridge on Saturday.
The leader of the opposition Civic Alliance, Nadia Ferrante, launched her party's election campaign on Saturday with a promise to cut regional rail fares by a third within a year of taking office.
Speaking to several hundred supporters in a former engine shed in Norbridge, Ferrante said commuters had been "squeezed for too long" and that the cost would be met by scrapping a planned motorway extension.
The governing party dismissed the pledge as uncosted. "You cannot run a railway on slogans," said Transport Minister Olaf Brenner, who put the annual cost at more than 900 million.
Polls suggest the two main parties are roughly level, with about a fifth of voters still undecided six weeks before polling day.
Ferrante also promised to reopen three rural branch lines closed in the 1960s, a pledge aimed at voters in seats her party narrowly lost at the last election.
The campaign formally begins on Monday, when parliament is dissolved.
"""),
    ("elections", """
Turnout hits record low in Port Adair mayoral runoff
@Tomas Ekberg celebrates with supporters after the result was declared.
Fewer than three in ten registered voters took part in Sunday's mayoral runoff in Port Adair, the lowest turnout for a mayoral election since the post was created in 2000.
The winner, Tomas Ekberg, an independent backed by local business groups, took 54 percent of the vote against the incumbent, Lidia Marchetti.
Turnout was 28.6 percent, down from 41 percent four years ago. In some districts in the city's east, fewer than one in five voters cast a ballot.
Ekberg acknowledged the figure in his victory speech. "I know that most people in this city did not vote for me, or for anyone," he said. "My first job is to give them a reason to care."
Marchetti conceded shortly after midnight and said she would remain on the city council.
Election officials said heavy rain and a clash with a football final may have kept some voters at home, but researchers said the decline had been building for years.
"""),
    ("elections", """
Electoral commission fines National Renewal over undeclared donations
The electoral commission has fined the National Renewal party 85,000 for failing to declare more than 400,000 in donations before last year's general election.
An investigation found that the party had received 37 donations above the reporting threshold that were either declared late or not at all. The largest, 120,000, came from a property company registered at a private address.
The commission said there was no evidence that any of the donations came from impermissible sources, but that the failures had "denied voters information they were entitled to".
National Renewal's treasurer, Graham Whitlow, said the errors were administrative and had been caused by a change of accounting software. He said the party had paid the fine and improved its procedures.
Transparency campaigners said the fine was too small to act as a deterrent. The maximum penalty per offence is 20,000.
The commission has asked parliament to raise the limit.
"""),
    ("elections", """
Coalition talks stall over pensions as deadline approaches
@Negotiators arrive for talks at the parliament building on Tuesday.
Talks to form a new coalition government stalled on Tuesday over how to fund the pension system, with just ten days left before the constitutional deadline for a deal.
Negotiators from the three parties involved had agreed chapters on housing, energy and defence, but the Liberal Progressives refused to accept a proposal to raise the retirement age to 68.
"We were not elected to make people work longer for less," said the party's lead negotiator, Erik Hamsun. "If that is the price, the answer is no."
The Christian Union, the largest party in the talks, said raising the age was unavoidable without large tax rises. Its leader, Margit Lund, said she remained confident of a deal.
If no agreement is reached by the deadline, the president can ask another party to try to form a government or call a fresh election.
It would be the country's third election in four years.
"""),
    ("elections", """
Recount confirms independent won Westmere seat by 41 votes
A full recount has confirmed that the independent candidate Aisha Rahman won the Westmere seat by 41 votes, ending a week of uncertainty.
The recount, requested by the second-placed Social Democrat candidate, took two days and involved checking more than 48,000 ballot papers by hand. Rahman's margin increased by three votes from the original count.
Officials rejected 212 ballots as spoilt, including several on which voters had written comments about the candidates rather than marking a choice.
Rahman, a former headteacher, campaigned against the closure of the town's maternity unit. She is the first independent to win the seat in more than 70 years.
"Every vote counted, and now every vote has been counted twice," she said as the result was declared.
Her defeated rival, Simon Hale, congratulated her and said he would not mount a legal challenge.
"""),
    ("courts", """
Former Castlebury mayor jailed for six years over housing contracts
@Martin Greaves arrives at court for sentencing on Friday.
A former mayor of Castlebury has been jailed for six years for taking bribes in exchange for steering council housing contracts to a construction firm run by a friend.
Martin Greaves, 61, was convicted in May of corruption and misconduct in public office after a 10-week trial. The jury heard that he received more than 300,000 in cash, holidays and home improvements between 2015 and 2019.
Sentencing him on Friday, Judge Eleanor Voss said Greaves had "betrayed the trust of the people who elected him and, most of all, of those waiting for a decent home".
The contracts, worth about 14 million, covered the refurbishment of 900 council flats. An independent survey later found that much of the work was substandard.
The builder, Keith Amory, was jailed for four years. A council housing officer received a suspended sentence.
Greaves, who maintained his innocence throughout, is expected to appeal.
"""),
    ("courts", """
Supreme court rules landlords must disclose damp reports to tenants
@Rosa Kamara speaks to reporters outside the supreme court.
Landlords must show prospective tenants any surveys that identified damp or mould in a property, the supreme court ruled on Wednesday, in a judgment campaigners called a landmark for renters.
The case was brought by a family in Norbridge whose two-year-old son developed severe asthma after they moved into a flat that had been found to have serious mould problems a year earlier.
The landlord argued that the survey was a private document and that there was no legal duty to share it. The court disagreed, ruling unanimously that withholding it amounted to misrepresentation.
“A home is not a home if it makes your children sick,” the family's mother, Rosa Kamara, said outside the court. “Nobody else should have to find out the way we did.”
Landlord associations said the ruling would create uncertainty and could discourage owners from commissioning surveys at all.
The government said it would study the judgment and issue guidance.
"""),
    ("courts", """
Jury clears nurse of falsifying patient records
A nurse accused of falsifying the records of elderly patients on a hospital ward has been cleared of all charges after a three-week trial.
Grace Obi, 44, had been accused of recording observations that were never taken on 11 occasions during night shifts at Esterholm General Hospital in 2021.
Her defence argued that the ward was so short-staffed that nurses routinely filled in charts at the end of their shifts, and that the hospital's electronic system recorded the time of entry rather than the time of observation.
The jury took less than three hours to return not guilty verdicts on all counts.
Outside court, Obi said she had lost two years of her career. "I went into nursing to look after people. I never stopped doing that," she said.
The hospital trust said it respected the verdict and would review its record-keeping system. Obi remains suspended pending a separate professional hearing.
"""),
    ("courts", """
Judge halts deportation flight hours before take-off
A judge has halted a deportation flight hours before it was due to leave, ruling that the government had not given lawyers enough time to challenge the removal of passengers who said they faced persecution.
The charter flight had been scheduled to depart from a military airfield at 10pm on Tuesday with 23 people on board. The injunction was granted shortly after 6pm.
Judge Samuel Okonjo said the interior ministry had served removal notices on some passengers less than 48 hours before the flight, "making any meaningful legal advice all but impossible".
The interior ministry said it was "disappointed" and would appeal, insisting that every case had been properly considered.
Refugee groups welcomed the decision. Several of those due to be removed had lived in the country for more than a decade, according to their lawyers.
The ruling applies only to this flight. A full hearing on the government's procedures is expected next month.
"""),
    ("courts", """
Fashion retailer loses appeal over shop workers' holiday pay
@A Harlow & Finch store in Westmere town centre.
A fashion retailer has lost its appeal against a tribunal ruling that it underpaid holiday pay to thousands of shop workers, potentially leaving it facing a bill of more than 20 million.
The case concerned staff on variable-hours contracts whose holiday pay was calculated on their basic hours, ignoring regular overtime and commission.
The appeal court upheld the tribunal's finding that holiday pay should reflect what workers normally earn, not only their contractual minimum.
The retailer, Harlow & Finch, said it was disappointed and was considering whether to take the case further. It employs about 9,000 people in 230 stores.
The shop workers' union, which backed the claim, said it would now seek compensation for past and current staff going back six years.
Employment lawyers said the ruling could affect other retailers and hospitality businesses that use similar contracts.
"""),
    ("economy", """
Central bank holds rates but signals cut in the autumn
@Governor Helena Strand at Thursday's news conference.
The central bank kept its main interest rate at 4.25 percent on Thursday but gave its clearest signal yet that borrowing costs could fall in the autumn if inflation continues to ease.
Governor Helena Strand said the bank's nine-member committee had voted seven to two to hold, with the two dissenters favouring an immediate quarter-point cut.
"We are not there yet, but we can see the shore," Strand told a news conference, adding that the committee wanted to see two more months of data before acting.
Inflation has fallen from a peak of 9.8 percent two years ago to 3.1 percent, but services prices and wages are still rising faster than the bank would like.
Markets had expected the decision. The currency slipped slightly against the euro and the dollar after the announcement, while government bond yields edged lower.
Mortgage brokers said lenders had already begun trimming fixed-rate deals in anticipation of a cut.
"""),
    ("economy", """
Inflation eases to 3.1% as fuel prices fall
Annual inflation fell to 3.1 percent in June from 3.6 percent in May, helped by a sharp drop in petrol and diesel prices, the statistics office said on Wednesday.
It was the lowest rate since September 2021 and slightly below the 3.3 percent expected by economists.
Food prices rose 4.2 percent over the year, down from 5 percent, although the cost of some staples, including olive oil, chocolate and coffee, continued to climb steeply.
Core inflation, which strips out volatile items such as energy and food, eased to 3.5 percent.
Finance Minister Karl Ostrowski welcomed the figures but said households were "still feeling the effect of two very hard years".
Economists said the decline could allow the central bank to cut interest rates as soon as September.
"""),
    ("economy", """
Unemployment rises for third month as hiring slows
Unemployment rose to 5.4 percent in the three months to April, the third monthly increase in a row, as businesses slowed hiring in the face of weaker demand.
The number of people out of work rose by 38,000 to just over 1.1 million, the statistics office said. Vacancies fell for the 22nd consecutive period.
Youth unemployment climbed to 14.9 percent, its highest level in three years, with construction and retail among the sectors shedding the most jobs.
Wage growth slowed to 4.8 percent, still well above inflation, meaning that people in work continued to see their pay rise in real terms.
"The labour market is cooling, not collapsing," said Priya Nandakumar, chief economist at Vellmark Bank. "But the direction of travel is clear."
The government said a new apprenticeship scheme launching in September would help young people into work.
"""),
    ("economy", """
Government borrowing overshoots forecast by 4bn
Government borrowing in the last financial year was 4.1 billion higher than forecast, official figures show, adding to pressure on the finance minister ahead of next month's budget.
Public sector net borrowing reached 121 billion, driven by higher spending on debt interest and welfare payments, and lower-than-expected receipts from corporation tax.
Debt interest alone cost 86 billion, more than the country spends on schools.
The finance ministry said the overshoot was small relative to the size of the economy and that the public finances remained on track to meet its fiscal rules.
Independent economists were less sanguine. "The headroom the minister had is evaporating," said Jonas Feld of the Institute for Fiscal Research. "Either taxes go up or spending plans come down. There is no third option."
The budget will be presented on 14 November.
"""),
    ("economy", """
Housing starts slump to lowest level since 2013
@A stalled building site on the edge of Norbridge.
Construction began on just 31,200 new homes in the first quarter, the lowest figure since 2013, as high borrowing costs and weak demand led builders to put projects on hold.
The figure was down 19 percent on the same period last year, according to data from the housing ministry.
Builders blamed high mortgage rates, rising material costs and delays in the planning system. Several large developers have cut their forecasts for the year.
"Sites are ready, but buyers are not," said Fiona Carrick, chief executive of the Home Builders' Association. "Until rates fall, a lot of these projects simply do not add up."
The government has promised to build 250,000 homes a year by the end of the decade, a target most analysts now regard as out of reach.
Housing charities warned that the slowdown would lengthen waiting lists for social housing, which already stand at more than 1.2 million households.
"""),
    ("business", """
FreshWay to close 40 stores and cut 1,200 jobs
@Shoppers outside a FreshWay store in Norbridge, one of the branches expected to close.
The supermarket chain FreshWay will close 40 of its smaller stores and cut about 1,200 jobs as part of a restructuring aimed at returning the business to profit, the company said on Tuesday.
The closures will be concentrated in town centres where footfall has fallen sharply since the pandemic. The company said it would try to redeploy as many staff as possible to its larger stores.
Chief executive Lorna Beckett said the decision had been "incredibly difficult" but that the smaller stores were losing money and dragging down the rest of the group.
FreshWay reported a pre-tax loss of 63 million for the last financial year, compared with a profit of 18 million a year earlier.
The shopworkers' union said it would fight the closures and accused management of "balancing the books on the backs of the lowest-paid".
A full list of affected stores is expected to be published next week.
"""),
    ("business", """
Skyline Airways reports first annual profit since the pandemic
Skyline Airways has reported its first full-year profit since before the pandemic, helped by strong demand for summer holidays and higher average fares.
The carrier made an operating profit of 214 million in the year to March, compared with a loss of 97 million a year earlier. Revenue rose 31 percent to 4.6 billion.
Passenger numbers reached 38 million, close to the record set in 2019, and planes were on average 88 percent full.
Chief executive Paolo Greco said the airline would use part of the profit to reduce debt built up during the pandemic, and would resume paying a dividend next year.
He warned that delays in aircraft deliveries from manufacturers would limit growth over the next two years.
Shares rose 7 percent in early trading.
"""),
    ("business", """
Hollow Oak founder sells majority stake to Dutch drinks group
@Sam Pritchard in the brewhouse at Hollow Oak.
The founder of Hollow Oak Brewing has sold a majority stake in the business to a Dutch drinks group, 16 years after starting it in a garage behind his parents' house.
Sam Pritchard, 42, will remain chief executive and keep a 30 percent stake. The price was not disclosed, but people familiar with the deal valued the brewery at about 90 million.
Hollow Oak now employs 240 people and sells its beers in 19 countries. Its best-known pale ale is stocked by most major supermarkets.
Pritchard said the deal would give the company access to distribution networks it could never have built alone. "We'll still brew every drop here," he said. "That was non-negotiable."
Some fans reacted angrily on social media, accusing the brewery of selling out.
The deal is subject to approval by competition authorities.
"""),
    ("business", """
Kessler Automotive warns on profits as chip shortage returns
Kessler Automotive, one of Europe's largest suppliers of car electronics, warned on Monday that profits this year would be up to a third lower than expected because of renewed shortages of semiconductors.
The company said two of its plants had been forced to halt production lines for several days last month after chip deliveries failed to arrive.
It now expects operating profit of between 400 million and 460 million euros, down from previous guidance of 600 million.
Chief financial officer Annika Roth said the shortage affected older, cheaper chips used in components such as window motors and seat controls rather than advanced processors.
Shares in the company fell 12 percent, their biggest one-day drop in four years, and dragged down other car suppliers.
Kessler said it was in talks with carmakers about sharing the extra costs.
"""),
    ("business", """
Family-run toy maker Millwood celebrates 100 years
@Craftspeople paint wooden trains at the Millwood workshop.
@Albert Millwood in his shed in the 1920s.
When Albert Millwood began carving wooden trains in a shed in Castlebury in 1924, he sold them to neighbours for a few pennies each. A century later, the company that bears his name sells half a million toys a year.
Millwood Toys marked its centenary on Saturday with an open day at its workshop, where visitors watched craftspeople turn, sand and paint the wooden trains that are still its bestsellers.
The firm is now run by Albert's great-granddaughter, Jenny Millwood, who took over from her father in 2011. It employs 85 people, most of them locally.
"We have survived a depression, a war, plastic and video games," she said. "I think we can survive whatever comes next."
The company has resisted moving production overseas, although it now buys some components from suppliers in Europe.
A book about the firm's history, compiled from letters and order books found in the attic of the original shed, will be published in the autumn.
"""),
    ("tech", """
Messaging app Chatterly fined 18m over children's data
The data protection authority has fined the messaging app Chatterly 18 million for failing to protect the personal data of children who used the service.
An investigation found that accounts belonging to users aged between 13 and 17 were set to public by default, exposing their phone numbers and profile photos to strangers.
The regulator also found that the company had not carried out a proper assessment of the risks to young users before launching new features, including a "people nearby" function.
Chatterly said it disagreed with the size of the fine and would consider an appeal, but that it had changed its default settings for teenagers last year.
The authority's commissioner, Ines Baptiste, said companies "cannot treat children's privacy as an optional extra".
Chatterly has about 40 million users in Europe.
"""),
    ("tech", """
Start-up unveils electric car battery it says charges in six minutes
@A prototype cell in the Voltaic Labs test facility.
A university spin-out has unveiled a battery cell for electric cars that it says can be charged from 10 to 80 percent in six minutes without significant wear.
Voltaic Labs, based in Esterholm, said the cell used a new anode material that allowed lithium ions to move more quickly, reducing the heat that usually damages batteries during fast charging.
In laboratory tests, the company said, cells retained 90 percent of their capacity after 1,500 fast-charging cycles.
Independent experts were cautiously optimistic. "The numbers are impressive, but the hard part is making millions of these cheaply and safely," said Professor Lena Hartmann, a materials scientist who was not involved in the research.
Voltaic said it was in talks with two carmakers and hoped to begin small-scale production in 2027.
The company has raised 45 million from investors.
"""),
    ("tech", """
Outage knocks out card payments at thousands of shops
@A handwritten sign in a shop window in Vell on Saturday.
Shoppers were left unable to pay by card at thousands of shops, petrol stations and restaurants on Saturday after an outage at one of the country's biggest payment processors.
The problem began shortly after 11am and lasted nearly four hours. Some shops closed their doors, while others put up handwritten signs saying "cash only".
PayLink, which handles about a third of card transactions in the country, said the outage had been caused by a faulty software update and was not the result of a cyber attack.
"We apologise unreservedly to the businesses and customers affected," the company said in a statement. It said customers would not be charged for any transaction that failed.
The central bank said it would ask PayLink for a full report. Consumer groups said the episode showed the risk of relying too heavily on a few payment companies.
Some small traders said they had lost hundreds in sales on one of the busiest days of the week.
"""),
]

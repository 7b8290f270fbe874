# ruff: noqa: E501
"""Hand-written base articles, part 2 (fictional news written for copydesk).

Same format as ``cleanset_articles_a``: ``(topic, text)``; first line title, ``@`` lines are
captions, other lines paragraphs.
"""

from __future__ import annotations

ARTICLES_B: list[tuple[str, str]] = [
    ("tech", """
Norbridge scraps facial recognition trial after false matches
@One of the cameras installed on Market Street last autumn.
Norbridge city council has scrapped a trial of facial recognition cameras in the city centre after a review found they had wrongly flagged dozens of people as suspects.
The cameras were installed in two shopping streets last autumn to help police identify people wanted for shoplifting and violent offences.
An independent review found that in six months the system had generated 74 alerts, of which 31 were false matches. In one case a teenager was stopped and questioned twice in the same week.
Councillor Ruth Bamber, who chairs the council's public safety committee, said the trial had "not met the standard we would expect when people's liberty is at stake".
Police said the cameras had helped make four arrests and expressed disappointment at the decision.
Civil liberties groups welcomed the move and called for a national ban.
"""),
    ("tech", """
Meridian Silicon to build 3bn chip plant creating 2,000 jobs
@An artist's impression of the planned plant outside Vell.
The semiconductor company Meridian Silicon will build a 3 billion plant on the outskirts of Vell, creating about 2,000 jobs, the government announced on Monday.
The factory will make chips used in cars, industrial machinery and medical devices, rather than the most advanced processors used in smartphones.
The government will provide around 900 million in subsidies, a figure that drew criticism from opposition parties and some economists.
"This is a bet on the future of manufacturing in this country," said Economy Minister Felix Aaland. "If we do not make these chips here, someone else will."
Construction is expected to start next year, with production beginning in 2028. The plant will need large amounts of water and electricity, and local residents have raised concerns about both.
Meridian said it would fund a training centre with the local technical college.
"""),
    ("science", """
Astronomers detect water vapour around small distant planet
@An artist's impression of the planet passing in front of its star.
Astronomers have detected water vapour in the atmosphere of a planet orbiting a small star about 90 light years away, raising new questions about whether such worlds could support life.
The planet, known as TOI-6021 b, is about twice the size of Earth and orbits its star every 11 days. It was observed passing in front of its star several times using a space telescope.
As starlight filtered through the planet's atmosphere, instruments picked up the chemical fingerprint of water, the team reported in a paper published on Wednesday.
"It is not a second Earth," said lead author Dr Amara Osei. "It is probably far too hot on the surface. But finding water on a world this small is a big step."
The team hopes further observations will reveal whether the planet also has carbon dioxide or methane in its atmosphere.
"""),
    ("science", """
Fossil flowers push back origin of flowering plants by 20 million years
@One of the fossil flowers, less than three millimetres across, seen under a microscope.
Fossilised flowers found in a quarry have pushed back the known origin of flowering plants by at least 20 million years, according to palaeontologists.
The tiny fossils, each less than three millimetres across, were preserved in fine-grained mudstone. Scans revealed petals, stamens and even pollen grains.
The researchers estimate the rocks are about 155 million years old, placing the flowers in the late Jurassic, when dinosaurs such as Stegosaurus roamed.
Until now, the oldest widely accepted flower fossils dated from the early Cretaceous, about 130 million years ago.
"Darwin called the sudden appearance of flowering plants an abominable mystery," said Dr Tobias Renn, who led the study. "This doesn't solve it, but it moves the mystery further back in time."
Other researchers said the dating would need to be confirmed independently.
"""),
    ("science", """
Researchers map brain circuit behind fear of heights
Scientists have identified a circuit in the brain that appears to drive the fear of heights, a finding they say could lead to better treatments for phobias.
In experiments with mice, the team found that a small group of neurons linking the visual system to a region involved in fear became highly active when the animals stood near a drop.
When the researchers switched these neurons off, the mice explored the edge of a platform as if the drop did not exist. When they were switched on, the mice froze even on flat ground.
Brain scans of 40 human volunteers wearing virtual reality headsets found a similar pattern of activity.
“Fear of heights is useful up to a point,” said Dr Sofia Lindqvist, the study's senior author. “The problem is when it takes over people's lives.”
The findings were published in a neuroscience journal on Thursday.
"""),
    ("science", """
Violet click beetle rediscovered after 80 years by retired postman
@Alan Breck at the veteran oak where the beetle was found.
A beetle that had not been seen for more than 80 years and was feared extinct has been rediscovered in an ancient woodland by a volunteer naturalist.
The violet click beetle, which lives in the rotting heartwood of very old trees, was spotted by retired postman Alan Breck during a survey of a wood near Castlebury.
Experts from the county's wildlife trust confirmed the identification from photographs and later found two more individuals in the same tree.
"I had to sit down," Breck said. "I've been looking for this beetle for 30 years, and it turned out to be half a mile from my house."
The species depends on veteran trees that are hundreds of years old. Conservationists said the find showed the importance of protecting such trees even when they appear dead.
The exact location is being kept secret to protect the beetles from collectors.
"""),
    ("health", """
Hospital waiting list falls for first time in two years
@Patients in the waiting area of Esterholm General Hospital.
The number of people waiting for hospital treatment has fallen for the first time in two years, official figures show, although more than 7 million treatments are still outstanding.
The waiting list fell by 52,000 in April, the health department said. The number of patients waiting more than 18 months fell to 12,000.
Health Minister Catherine Ellery said the figures were "a sign that the plan is working" and credited extra weekend clinics and the use of private hospitals.
Doctors' leaders said the improvement was welcome but fragile. "One bad winter could wipe this out," said Dr Marcus Hale of the hospital doctors' association.
Emergency department performance remained poor, with only 71 percent of patients seen within four hours against a target of 95 percent.
Cancer treatment targets were also missed for the 30th month in a row.
"""),
    ("health", """
Measles cases double as vaccination rates slip
@A child receives the MMR vaccine at a catch-up clinic.
Measles cases have more than doubled in a year, health officials said on Monday, as they urged parents to check that their children's vaccinations are up to date.
There were 1,184 confirmed cases last year, compared with 512 the year before. Most were in children under ten, and about one in five needed hospital treatment.
Uptake of the second dose of the measles, mumps and rubella vaccine among five-year-olds has fallen to 84 percent, well below the 95 percent needed to prevent outbreaks.
"Measles is not a mild illness," said Dr Helen Achebe, a consultant in public health. "It can cause pneumonia, brain swelling and, in rare cases, death."
Officials said the largest outbreaks had been in areas with poor access to GP services and among communities where misinformation about vaccines had spread online.
Catch-up clinics will run in schools over the summer.
"""),
    ("health", """
Blood test could spot pancreatic cancer months earlier, study finds
A simple blood test could help detect pancreatic cancer months earlier than current methods, according to a study involving more than 3,000 patients.
Researchers found that a combination of eight proteins in the blood could identify early-stage pancreatic cancer with about 85 percent accuracy.
Pancreatic cancer is often diagnosed late because symptoms such as back pain and indigestion are vague. Fewer than one in ten patients survive five years after diagnosis.
"If we can find it earlier, we can operate, and surgery is still the best chance of a cure," said Professor Daniel Ferreira, who led the research.
The test still needs to be validated in larger trials before it could be used in routine care. The researchers said it was most likely to be used first for people at high risk, such as those with a family history.
The study was funded by a cancer charity and published in a medical journal.
"""),
    ("health", """
Pharmacies to offer contraceptive pill without prescription
Women will be able to get the contraceptive pill from pharmacies without seeing a doctor under plans announced by the health department.
From October, pharmacists will be able to provide a year's supply of the progestogen-only pill after a short consultation, including a blood pressure check.
Ministers said the change would free up about a million GP appointments a year and make contraception easier to access, particularly for women who struggle to get time off work.
The pharmacists' association welcomed the plan but said pharmacies would need extra funding and staff to cope with demand.
Some doctors raised concerns about the loss of an opportunity to discuss wider health issues with patients.
The service will be free of charge.
"""),
    ("health", """
Ambulance crews in five regions to strike over pay
@Ambulances parked outside Westmere hospital.
Ambulance workers in five regions will strike for 48 hours next month in a dispute over pay and staffing, their union has announced.
Paramedics, emergency care assistants and call handlers voted by 81 percent in favour of action on a turnout of 62 percent.
The union said members had seen their pay fall by more than 15 percent in real terms over a decade and that crews were routinely working beyond the end of their shifts.
"Our members don't want to strike. They want to be able to do their jobs," said regional organiser Dev Mistry.
The health department said the strike was "disappointing" and that the latest pay offer of 4.5 percent was fair.
Life-threatening calls will still be answered during the strike, the union said.
"""),
    ("climate", """
Wildfire forces evacuation of 3,000 residents near Santa Lucía
@Smoke rises over the hills above Santa Lucía on Monday afternoon.
@A water-bombing aircraft drops its load over the burning ridge.
About 3,000 people were evacuated from villages in the hills above Santa Lucía on Monday as a wildfire fanned by strong winds spread across more than 4,000 hectares.
More than 400 firefighters, supported by eight water-bombing aircraft, were battling the blaze, which began on Sunday afternoon in a pine forest.
At least 14 homes have been destroyed. There were no reports of deaths, but two firefighters were treated in hospital for smoke inhalation.
Regional officials said temperatures above 40C, low humidity and gusts of up to 70km/h had made the fire extremely difficult to contain.
"We left with the clothes we were wearing," said Carmen Ruiz, 67, who spent the night in a sports hall in the town. "You could see the flames coming over the ridge."
Scientists say heatwaves in the region have become more frequent and intense because of climate change, lengthening the fire season.
"""),
    ("climate", """
Hallerfirn glacier lost a fifth of its volume in a decade, survey finds
@The tongue of the Hallerfirn glacier photographed in 2014 and again this summer.
The Hallerfirn glacier lost more than a fifth of its ice between 2014 and 2024, according to a survey published on Tuesday, one of the fastest rates of retreat recorded in the Alps.
Researchers used drones, ground-penetrating radar and historical photographs to measure the glacier's thickness and extent.
They found that the glacier's tongue had retreated by 640 metres and that the ice had thinned by an average of 18 metres.
"At this rate, there will be no glacier left here by the middle of the century," said glaciologist Dr Maja Steiner.
The meltwater feeds a river that supplies drinking water and hydropower to towns downstream. Officials have begun planning for lower summer flows.
The survey found that two heatwave summers, in 2022 and 2023, accounted for almost half the decade's losses.
"""),
    ("climate", """
Grey Banks offshore wind farm approved despite fishermen's objections
The government has approved a 1.5 gigawatt offshore wind farm off the east coast, rejecting objections from fishing communities who say it will destroy valuable grounds.
The project, known as Grey Banks, will consist of up to 100 turbines and is expected to power about 1.6 million homes when complete in 2030.
Fishing organisations argued that the turbines and cables would close off areas used for crab and lobster fishing and disturb fish stocks during construction.
Energy Minister Rachel Inwood said the developer had agreed to a compensation scheme and a fund to support the local fishing industry.
"We are not against wind power," said skipper Tom Ellery of the coastal fishermen's association. "We are against being told our livelihoods don't matter."
The decision was welcomed by environmental groups and the renewable energy industry.
"""),
    ("climate", """
Driest spring in 50 years prompts hosepipe ban across southern counties
@Exposed banks at the Millbrook reservoir, which is at 58 percent of capacity.
A hosepipe ban will come into force across three southern counties on Friday after the driest spring in more than 50 years left reservoirs at their lowest level for the time of year since records began.
The ban, announced by Southern Vale Water, will affect about 2.4 million customers. It prohibits using a hosepipe to water gardens, wash cars or fill paddling pools.
Reservoir levels stand at 58 percent, compared with an average of 84 percent for June.
The company said it was repairing leaks as quickly as possible, but critics pointed out that it loses almost a fifth of the water it supplies through leaking pipes.
Customers who break the ban could be fined up to 1,000.
Forecasters predict little rain for the next fortnight.
"""),
    ("sports", """
Mensah's late penalty sends Harbour City into cup final
@Joel Mensah celebrates after scoring the winning penalty.
A stoppage-time penalty from Joel Mensah sent Harbour City into the cup final for the first time in 23 years after a tense 2-1 win over Westmere Rovers on Saturday.
Rovers had looked set to force extra time after Lukas Brandt's header cancelled out an early goal from Harbour City captain Owen Doyle.
But in the fourth minute of added time, Mensah was brought down by goalkeeper Ben Carver, and the striker picked himself up to score from the spot.
"I didn't even look at the keeper," said Mensah, 21. "I just looked at the corner and hit it as hard as I could."
Rovers manager Stefan Vidić said the decision was "soft" but accepted his side had not done enough.
Harbour City will face the holders, Esterholm Athletic, in the final next month.
"""),
    ("sports", """
Sprinter Kemi Adeyemi to retire after world championships
Sprinter Kemi Adeyemi, who won three Olympic relay medals over a 15-year career, has announced she will retire after this summer's world championships.
The 34-year-old, who holds the national record over 100 metres, said her body was "telling me it's time" after a series of hamstring injuries.
Adeyemi first came to prominence as a 17-year-old when she reached the semi-finals of the world championships, and she went on to win 11 national titles.
"I started running because I was the fastest girl in my school," she said. "I'm stopping because I'm not the fastest girl in the world any more, and that's fine."
She said she planned to coach young athletes in her home town and complete a degree in sports science.
Her coach, Ray Doherty, described her as "the most professional athlete I have ever worked with".
"""),
    ("sports", """
Velocity Pro withdraws from Tour of the Hills after crash injures four riders
@Riders receive treatment at the roadside after the crash on stage five.
The Velocity Pro cycling team has withdrawn from the Tour of the Hills after a crash on Tuesday's fifth stage left four of its riders in hospital.
The crash happened on a fast descent about 30 kilometres from the finish when a rider touched wheels with a teammate, bringing down a group of about 20.
Two Velocity riders suffered broken collarbones, one a fractured wrist and another concussion. None of the injuries is thought to be life-threatening.
With only two riders left, the team said it was neither safe nor sensible to continue.
Riders' representatives criticised the route, saying the descent was too narrow for a large peloton. Organisers said the course had been approved by the sport's governing body.
The stage was won by Luca Ferri in a sprint finish.
"""),
    ("sports", """
Barton's final-ball six seals series for Northshire
Chloe Barton hit a six off the final ball to give Northshire a two-wicket victory over Castlebury and a 2-1 series win on Sunday.
Chasing 247, Northshire needed five from the last ball with two wickets remaining. Barton, who had been dropped on 12, lofted a full toss over long-on.
Earlier, captain Priya Raman made 88 to hold the innings together after Northshire slipped to 61 for four.
Castlebury's total had been built around a century from opener Jess Whitaker, her third of the season.
"I don't really remember hitting it," Barton said. "I just remember everyone running on."
The sides meet again in the league final next month.
"""),
    ("sports", """
Qualifier Mila Jovanović, 17, stuns top seed in straight sets
@Mila Jovanović reacts after winning match point.
Seventeen-year-old qualifier Mila Jovanović produced the biggest shock of the tournament so far by beating the top seed, Anna Kessler, 6-3 6-4 in the second round on Wednesday.
Jovanović, ranked 212th in the world, broke serve four times and hit 27 winners in an hour and 21 minutes.
Kessler, who won the title two years ago, struggled with her first serve throughout and needed treatment on her right shoulder late in the second set.
"I told myself to play like it was a practice match," Jovanović said. "When I won the first set I was shaking a bit, but I tried not to show it."
It was the first time Jovanović had played a top-100 opponent.
She will face the 16th seed, Daria Petrenko, in the third round.
"""),
    ("culture", """
Lost Van Roost painting found in attic sells for 2.3m
@The newly rediscovered panel, Woman Reading by Candlelight.
A painting by the 17th-century Flemish artist Jan van Roost that had been missing for more than a century sold at auction for 2.3 million on Thursday, after being found in the attic of a house in Esterholm.
The small oil on panel, showing a woman reading by candlelight, had hung in a gallery until 1908 before being sold privately and vanishing from the records.
Its owners, who asked not to be named, discovered it while clearing out the house of a relative. They took it to a local auction house thinking it might be worth a few hundred.
Experts confirmed its authenticity after analysing the wooden panel and comparing the brushwork with other works by the artist.
The painting was bought by a private collector after a bidding war lasting almost ten minutes. The pre-sale estimate had been 600,000.
"It is every auctioneer's dream," said specialist Clara de Vries.
"""),
    ("culture", """
Riverside Festival drops headliner Glass Harbour after ticket price row
The organisers of the Riverside Festival have cancelled a headline performance by the band Glass Harbour after a row over ticket prices for a separate tour.
The band had faced criticism from fans after tickets for its autumn arena tour were sold using dynamic pricing, with some seats reaching more than 400.
Festival organisers said in a statement that the band had "made the decision to step back" to avoid overshadowing the event. The band later said the decision had been the festival's.
Ticket holders will be offered a partial refund or a free ticket for next year's festival.
The festival, now in its 25th year, attracts around 40,000 people over three days.
A replacement headliner will be announced next week.
"""),
    ("culture", """
Debut novel about vanished lighthouse keepers wins Meridian Prize
@Fionnuala Brennan at the award ceremony on Tuesday night.
A debut novel about three lighthouse keepers who disappeared from a remote island in 1900 has won this year's Meridian Prize for fiction.
The Keepers' Log, by Fionnuala Brennan, was chosen from a shortlist of six books. The judges called it "a ghost story, a love story and a meditation on loneliness, all at once".
Brennan, 38, who works as a part-time librarian, said she had written most of the book on her phone during her commute.
"I didn't think anybody would read it, let alone give it a prize," she said at the ceremony in the capital on Tuesday night.
The prize is worth 30,000. Sales of the novel, published by a small independent press, have tripled since it was shortlisted.
The judges included a former poet laureate and a bookseller.
"""),
    ("culture", """
Museum agrees to return carved masks to island community
The National Museum of Ethnography has agreed to return 14 carved wooden masks to the island community from which they were taken by a colonial administrator in the 1890s.
The masks, used in ceremonies marking the harvest and the passage to adulthood, have been in the museum's collection since 1902 and several have been on permanent display.
The decision follows a three-year review of the collection's origins, which concluded that the masks had been removed without the consent of their owners.
“These are not objects to us, they are ancestors,” said Elder Mateo Kaiapu, who led a delegation to the museum last year.
The museum's director, Annelie Borg, said returning the masks was “the right thing to do, and long overdue”.
A handover ceremony will take place on the island in November.
"""),
    ("local", """
Ashby Fold residents fight plan to close village library
@Campaigners outside Ashby Fold library on Saturday.
Residents of Ashby Fold have launched a campaign to save their village library, which the county council plans to close next spring to save 42,000 a year.
More than 1,300 people have signed a petition, about two-thirds of the village's population. Campaigners say the library is used by schoolchildren, older residents and job seekers who have no internet at home.
The council says usage has fallen by 40 percent in a decade and that a mobile library van will visit the village every fortnight.
"A van that comes twice a month is not a library," said Margaret Thwaite, 79, who has used the building since it opened in 1968.
Campaigners have proposed running the library with volunteers if the council continues to pay for the building.
A final decision will be made at a council meeting in October.
"""),
    ("local", """
Old Mill Bridge reopens after two-year repair
@The restored bridge reopened to traffic on Saturday morning.
The Old Mill Bridge in Castlebury reopened to traffic on Saturday after a two-year, 6.8 million repair project that was delayed by flooding and the discovery of bats.
The 19th-century stone bridge was closed in 2022 after inspectors found serious cracks in two of its arches. Its closure forced drivers into a 12-mile detour.
Work was delayed for four months when a colony of protected bats was found roosting in the structure, and again last winter when the river burst its banks.
Local businesses said the closure had cost them dearly. "Some days we had nobody through the door," said café owner Aled Morgan.
The council said the bridge was now safe for at least another century. A weight limit of 7.5 tonnes will remain in place.
Children from a nearby primary school were the first to cross, on foot, before it opened to cars.
"""),
    ("local", """
Westmere moves to three-weekly bin collections despite opposition
General rubbish will be collected every three weeks instead of every fortnight in Westmere from January, the district council has confirmed, despite opposition from residents.
Recycling and food waste will still be collected weekly. The council says the change will save 1.1 million a year and encourage people to recycle more.
A consultation found that 68 percent of respondents opposed the plan, with many raising concerns about smells, vermin and overflowing bins in summer.
Councillor Neil Patterson, cabinet member for the environment, said councils that had made the switch had seen recycling rates rise sharply.
Households with young children in nappies or with medical waste will be able to apply for extra collections.
Opposition councillors said they would try to force a vote to reverse the decision.
"""),
    ("local", """
Firefighters rescue swan trapped in frozen canal
@Firefighters on the ice with the inflatable sled.
Firefighters used an inflatable sled to rescue a swan that had become trapped in ice on the canal in Norbridge on Tuesday morning.
A passer-by raised the alarm shortly after 8am when she noticed the bird had been in the same spot for more than an hour.
Two firefighters in dry suits crawled across the ice on the sled and freed the swan, whose feet had become stuck as the water froze overnight.
The bird was taken to a wildlife rescue centre, where staff said it was cold and tired but uninjured.
"He was very unimpressed with all of us," said station manager Rhian Powell.
The fire service reminded people never to go onto frozen water themselves to rescue animals.
"""),
    ("local", """
Little Harrow bakery named best in the country for sourdough
@Hannah Weiss with a tray of loaves at The Crumb Room.
A village bakery that opened in a former post office four years ago has been named the best in the country for sourdough bread.
The Crumb Room in Little Harrow beat more than 600 entries to win the title at the national bakery awards on Monday night.
Owner Hannah Weiss, who left a job in accountancy to become a baker, said she still used a starter given to her by her grandmother.
"Honestly, I thought they'd made a mistake when they read our name out," she said.
The judges praised the loaf's "deep, caramelised crust and open, glossy crumb".
Queues have already been forming outside the bakery before it opens at 7am.
"""),
    ("obituary", """
Marta Ilves, conductor who championed women composers, dies at 87
@Marta Ilves conducting in 1985.
Marta Ilves, the conductor who spent half a century bringing forgotten works by women composers to concert halls, has died at the age of 87.
Born in a small town near the Baltic coast in 1937, Ilves studied piano and composition before becoming one of the first women to conduct a national orchestra, in 1969.
She became best known for her research in archives and libraries, where she found scores by composers whose music had rarely or never been performed.
Her recordings of symphonies by the 19th-century French composer Louise Farrenc helped to revive interest in her work.
“Every time someone tells me there were no great women composers, I send them a list,” she told an interviewer in 2004.
She continued to teach masterclasses into her eighties.
She is survived by her daughter, the cellist Kadri Ilves, and two grandchildren.
"""),
    ("obituary", """
Desmond Okafor, trade unionist and peace negotiator, 1941–2024
Desmond Okafor, who rose from the factory floor to lead one of the country's largest trade unions and later helped broker an end to a bitter regional conflict, has died aged 83.
The son of a dock worker, Okafor left school at 15 to work in a steel mill, where he became a shop steward at 22.
He was elected general secretary of the Metal and Engineering Workers' Union in 1982 and led it through a decade of plant closures, negotiating redundancy terms that became a model for other industries.
After retiring from the union, he was appointed as a mediator in talks between the government and separatist groups in the north, work that culminated in a ceasefire agreement in 2001.
Colleagues remembered him as patient, funny and stubborn. "He could outlast anyone at a negotiating table," said former minister Alice Varga.
He is survived by his wife, Ruth, three children and seven grandchildren.
"""),
    ("obituary", """
Harald Wenck, engineer who invented the folding pram, dies aged 92
@Harald Wenck with an early prototype of his pram in 1963.
Harald Wenck, the engineer whose folding pram design became a fixture on buses and trains across Europe, has died at the age of 92.
Wenck designed the first version in his spare time in 1962, after struggling to lift a heavy pram onto a tram with his infant son.
His design, which folded with one hand into a shape the size of a suitcase, was initially rejected by two manufacturers before a small firm agreed to produce it.
By the 1980s, millions had been sold. Wenck received a modest royalty and continued working as an engineer at a railway company until his retirement.
"He never thought of himself as an inventor," his daughter Ingrid said. "He thought of himself as a tired father with a screwdriver."
He is survived by his two children and five grandchildren.
"""),
    ("obituary", """
Ruth Abernethy, first woman to command a lifeboat crew, dies at 78
@Ruth Abernethy at the helm during a training exercise in 1990.
Ruth Abernethy, who became the first woman to command an all-weather lifeboat crew in 1987, has died at the age of 78.
Abernethy grew up in the fishing village of Port Adair and began volunteering with the lifeboat station at 18, initially as a shore helper because women were not then allowed to crew.
She became a crew member in 1979 and was appointed coxswain eight years later, leading more than 300 rescues before retiring in 2003.
In 1991 she was awarded a bronze medal for gallantry after her crew rescued six fishermen from a trawler that had run aground in a force nine gale.
"She was fearless at sea and gentle on land," said the station's current coxswain, Callum Reid.
The station's flags flew at half mast on Sunday.
"""),
]

# ruff: noqa: E501
"""Hand-written *tricky* base articles: every line is article text, but many look like junk.

Subheadings, bullet and numbered lists, one-line paragraphs, Q&A lines, live-blog entries,
quotes ending in a closing quotation mark without a full stop, team line-ups, letters with
sign-offs, and articles *about* ads, cookie banners, paywalls and share buttons that quote
them. Same format as ``cleanset_articles_a`` (title first, ``@`` lines are captions).
"""

from __future__ import annotations

TRICKY: list[tuple[str, str]] = [
    ("explainer", """
What the new tenancy law means for renters
@A row of rented terraced houses in Norbridge.
A new law changing the rules for private renting comes into force on 1 October. Here is what it means for tenants and landlords.
What is changing?
The biggest change is the end of "no-fault" evictions. Landlords will no longer be able to end a tenancy without giving a reason, as long as the tenant pays the rent and keeps to the terms of the agreement.
Landlords will still be able to regain possession if they want to sell the property or move into it themselves, but they will have to give four months' notice.
Who is affected?
About 4.6 million households rent privately. The law applies to all new tenancies from 1 October and to existing ones from next May.
What about rent increases?
Rents can be increased only once a year, and landlords must give two months' notice. Tenants can challenge an increase they believe is above the market rate at a tribunal.
The key points at a glance:
• No-fault evictions abolished
• Rent rises limited to once a year
• Tenants given a right to ask to keep a pet
• New ombudsman for landlords
What happens next?
The government will publish guidance for landlords in the coming weeks. Housing charities say tenants who receive an eviction notice should seek advice straight away.
"""),
    ("explainer", """
Regional elections: how the new ranked voting system works
Voters in next month's regional elections will use a new system for the first time. Instead of marking a single cross, they will rank candidates in order of preference.
How do I vote?
Write 1 next to your first choice, 2 next to your second, and so on. You can rank as many or as few candidates as you like.
How are the votes counted?
1. All first preferences are counted.
2. If no candidate has more than half, the candidate in last place is eliminated.
3. Their votes are transferred to each voter's next choice.
4. This continues until someone passes 50 percent.
Why the change?
Supporters say the system ensures the winner has broad support. Critics say it is confusing and will delay results.
Will results take longer?
Yes. Officials expect most results to be declared on the afternoon after polling day, rather than overnight.
Polls open at 7am and close at 10pm.
"""),
    ("explainer", """
Heatwave: how to stay cool and who is most at risk
@People cool off in the fountains in Vell on Monday.
Temperatures are forecast to reach 36C in parts of the country this week, and health officials have issued an amber heat-health alert. Here is their advice.
Stay out of the sun.
Avoid going outside between 11am and 3pm, when UV rays are strongest. If you must go out, wear a hat and loose clothing.
Keep your home cool.
Close curtains on windows that face the sun. Open windows at night when the air outside is cooler.
Who is most at risk?
- people over 75
- babies and young children
- people with heart or lung conditions
- people who live alone
Check on your neighbours.
Make sure older relatives and neighbours have enough water and know how to keep cool.
Call an ambulance if someone has a high temperature, is confused, has a fast heartbeat or has stopped sweating.
"""),
    ("explainer", """
Budget 2024 at a glance: the key measures
Finance Minister Karl Ostrowski delivered his first budget on Wednesday. These are the main announcements.
Tax
Income tax thresholds frozen until 2028
Fuel duty: frozen for another year
Tobacco duty up 2% above inflation
Spending
Health: extra 3.4 billion for hospitals
Defence: rising to 2.5% of GDP by 2030
Schools: free breakfast clubs in every primary school
Families
Child benefit extended to families earning up to 80,000
Childcare support for two-year-olds from April
The independent budget office said the measures would leave borrowing broadly unchanged over the next five years.
"""),
    ("interview", """
'I never planned to be a politician': Mayor Tomas Ekberg on his first 100 days
@Tomas Ekberg in his office at City Hall.
Three months after winning a runoff in which fewer than three in ten voters took part, Port Adair's mayor talks about turnout, potholes and why he still takes the bus.
You won with a record low turnout. Does that undermine your mandate?
It tells me I have a lot of work to do. The people who didn't vote weren't saying yes to my opponent. They were saying no to all of us.
What has surprised you most?
How much of the job is potholes. I'm not joking. Every meeting, every street, somebody tells me about a pothole.
You promised free buses for under-18s. When will that happen?
January. The money is in the budget. I ride the number 14 every morning, so I'll know if it's working.
Would you run again?
Ask me in three years.
This interview has been edited for length and clarity.
"""),
    ("interview", """
'We are running out of excuses': glaciologist Maja Steiner on the vanishing ice
Dr Maja Steiner has spent 20 years measuring the Hallerfirn glacier. Her latest survey found it lost a fifth of its volume in a decade. We asked her what comes next.
Q: How fast is the glacier disappearing?
A: Faster than any of us expected when I started. We lost a fifth of the volume in ten years.
Q: Can anything save it?
A: Not this one. Honestly, no. What we do now decides what happens to the glaciers that are higher and bigger.
Q: What keeps you going?
A: My students. They are angry, but they are also very practical.
Q: What would you say to a skier who wants to keep skiing?
A: Ski. Enjoy it. And vote like you want your grandchildren to ski too.
"""),
    ("interview", """
Harbour City manager Ana Ribeiro: 'We're not finished'
@Ana Ribeiro on the touchline during the semi-final.
Harbour City have not won a trophy since 2001. Three weeks before the cup final, their manager sat down with us at the training ground.
The final is in three weeks. How are you feeling?
Calm. Genuinely.
Your side has not won a trophy for 23 years.
I know. Everyone keeps telling me.
What did you say to Joel Mensah before the penalty?
Nothing. I couldn't watch.
Is it true you slept at the training ground before the semi-final?
Twice. The sofa in my office is better than it looks.
Ribeiro's side face Esterholm Athletic on 24 May.
"""),
    ("liveblog", """
Storm Isolde: live updates as 100mph winds batter the coast
Key points
Red weather warning in place for coastal areas until 6pm
More than 80,000 homes without power
All ferry crossings cancelled
16:42 — The coastguard says it has rescued two people from a yacht that lost its mast off Port Adair. Both are said to be cold but unharmed.
16:15 — Power has been restored to about 12,000 homes in the west, according to the grid operator, but crews say they cannot reach some areas until the wind drops.
15:50 — A reader in Castlebury has sent us this description: “The trees at the end of our road are bending like grass. I've never seen anything like it”
15:31 — The rail operator has suspended all services north of Norbridge for the rest of the day.
15:02 — Police are urging people not to drive unless absolutely necessary. Several roads are blocked by fallen trees.
14:45 — Gusts of 101mph have been recorded at the headland weather station, the highest in the country today.
"""),
    ("liveblog", """
Election night: regional results as they came in
01:12 Westmere: independent gain. Aisha Rahman wins by 38 votes; the runner-up has asked for a recount.
00:58 Turnout in Norbridge South was 61%, up four points.
00:40 First result: Castlebury North, Civic Alliance hold.
00:31 Nadia Ferrante arrives at the count. Smiling, but saying nothing to reporters.
00:05 “It's going to be a long night,” says one party official. “Go and make coffee”
23:30 The exit poll suggests no party will win a majority.
22:00 Polls have closed.
"""),
    ("liveblog", """
Harbour City marathon: record field of 24,000 runners
@Runners cross the Old Mill Bridge at mile 18.
11:20 The men's winner, Samuel Kiptanui, crossed the line in 2:07:44, a course record by almost a minute.
11:02 Leaders through 35km. Kiptanui has opened a gap of 20 seconds.
10:48 Medical teams report a busy morning because of the heat: 31 runners treated so far, none seriously.
10:30 Wheelchair race: Fenna Dijkstra wins the women's event for the third year in a row.
09:45 Half-way. It's still a pack of six at the front.
09:00 And they're off!
08:40 Temperature at the start line: 19C and rising. Organisers have added two extra water stations.
"""),
    ("about_ad", """
Senator's campaign pulls online ad after complaints it misled donors
@A screenshot of the advert, which ran for three weeks.
A senator's re-election campaign has withdrawn an online advert after complaints that it gave the false impression that a well-known businessman had endorsed her.
The ad, which ran on news websites for about three weeks, featured a photograph of the businessman, Victor Hale, alongside the question: “Do you agree with Victor Hale?”
Underneath was a first-person appeal from Senator Joan Mercer: “I'm tired of politicians who spend your money like it's theirs. If you're ready for someone who puts you first, chip in today and help me win!”
Hale, who has not endorsed any candidate, said he had never been asked for permission. "I don't know Senator Mercer and I certainly didn't agree to anything," he said.
The ad was labelled at the bottom with the words “Paid for by Mercer for Senate”, as required by law.
Mercer's campaign said the ad had been created by a digital agency and was removed as soon as the complaint was received.
Chip in today.
That three-word phrase, repeated in millions of fundraising emails and adverts, has become a fixture of modern campaigns, and researchers say it works.
A study by the Digital Politics Lab found that ads framed as a personal plea raised on average 40 percent more than those that listed policies.
"""),
    ("about_ad", """
Watchdog bans 'miracle' weight-loss ad that posed as news
The advertising regulator has banned an online advert for a weight-loss supplement that claimed users could “lose a stone in two weeks without changing your diet”.
The ad, which appeared beneath articles on several news websites, carried the headline “Doctors are baffled by this kitchen trick” and showed a woman holding up a pair of oversized jeans.
Clicking the ad led to a page designed to look like a news report, complete with a fake byline and invented quotes from a nutritionist.
“I was skeptical too,” the page read. “But after two weeks I'd lost 14 pounds. Try it risk-free today”
The regulator said the claims were not supported by evidence and that the page was likely to mislead consumers into thinking it was editorial content.
The company behind the product, Slimvera Ltd, did not respond to the investigation.
The watchdog said it had received 212 complaints about similar ads in the past year and urged publishers to check what appeared on their sites.
"""),
    ("about_cookies", """
Regulator fines publisher over cookie banners that made refusing 'too hard'
The data protection regulator has fined the publisher of three news websites 1.2 million over cookie banners that made it harder to refuse tracking than to accept it.
Visitors were shown a pop-up with a large green button reading “Accept all” and a small grey link reading “Manage options”. Refusing cookies required clicking through four separate screens.
The regulator said that consent obtained in this way was not “freely given” as the law requires.
“Reject all” must be as easy as “Accept all”, the decision states.
The publisher, Meridian News Group, said it had already redesigned its banners and would not appeal.
We use cookies, the banner said. It did not say how many: investigators counted 312 third-party trackers on a single article page.
Privacy campaigners said many other websites used similar designs and that the fine should serve as a warning.
"""),
    ("about_paywall", """
Castlebury Chronicle bets on paywall and newsletter to survive
@The Chronicle's offices on Castle Street, where it has been printed since 1884.
The Castlebury Chronicle, a 140-year-old weekly newspaper, will put most of its website behind a paywall from next month, its editor has announced.
Readers will be able to read three articles a month for free. After that, they will be asked to subscribe for 5 a month.
“You've reached your free article limit” is not a message anyone enjoys seeing, editor Gwen Tallis acknowledged. “But the alternative is that there is no Chronicle at all.”
The paper has also launched a free morning newsletter, which Tallis said had gained 6,000 sign-ups in its first month, in a town of 40,000 people.
Newsletter readers are twice as likely to become paying subscribers, according to the paper's figures.
Subscribe or lose it.
That was the headline on a front-page editorial last week in which Tallis set out the paper's finances. Print circulation has fallen from 22,000 in 2005 to just under 5,000.
Advertising, once the paper's main source of income, now covers less than half its costs.
"""),
    ("about_social", """
Chirp tests hiding share counts to curb pile-ons
The social network Chirp is testing a change that will hide the number of times a post has been shared, in an attempt to reduce pile-ons and the spread of misinformation.
In the trial, users in three countries will still be able to share posts but will no longer see a running total beneath each one.
Share this. Like this. Follow us.
The prompts that dominate social media are designed to make people act quickly, researchers say, often before they have read what they are sharing.
An internal study found that users who could not see share counts were 12 percent less likely to repost a false claim.
Critics said the change would hurt creators and news organisations that rely on visible popularity to reach new audiences.
Chirp said the trial would last three months.
"""),
    ("feature", """
The night the river came
@Sue Hallam outside her house on Mill Lane, where the water reached the first-floor windows.
It started as rain.
By 9pm on 14 November, the River Ambry had risen two metres in four hours, and the first sandbags in the lower town of Ambry Bridge were already underwater.
Then the lights went out.
Sue Hallam, 58, remembers the sound more than anything. “It was like a train that never stopped,” she says. “Just roaring, all night”
She and her husband carried their two grandchildren upstairs and waited.
Nobody came until morning.
The flood defences, completed in 2009, had been designed for a once-in-a-century storm. They were overtopped twice in five years.
More than 400 homes were flooded. Some families have still not moved back.
“We don't sleep when it rains,” Hallam says. “Not properly. Not any more”
The flood authority says a new scheme is planned for 2027.
The river is calm today.
"""),
    ("courts", """
Guilty: the verdict that ended a decade-long fight for answers
Guilty.
For the families in the public gallery, the word was ten years in coming.
On Friday a jury at Norbridge Crown Court found the former managing director of Calder Lifts, Richard Hume, guilty of gross negligence manslaughter over the deaths of two workers who fell down a lift shaft in 2014.
The jury had deliberated for 19 hours.
Jamie Collins, 23, and Mark Odell, 41, died when a platform they were standing on collapsed during maintenance at an office block in the city centre.
The court heard that Hume had ignored repeated warnings from engineers that the platform's safety catches were worn.
“He knew,” Collins's mother, Denise, said outside court. “He always knew”
Hume, 66, showed no reaction as the verdict was read.
He will be sentenced next month.
"""),
    ("sports", """
Esterholm Athletic 3-1 Harbour City: holders retain the cup
@Esterholm captain Theo Marsh lifts the trophy.
Esterholm Athletic retained the cup with a composed 3-1 win over Harbour City at the National Stadium, ending the underdogs' hopes of a first trophy in 23 years.
Niko Laine gave the holders the lead after 14 minutes, and Theo Marsh doubled it with a deflected shot just before half-time.
Joel Mensah pulled one back with a header from a corner, but Amir Haddad settled it in the 81st minute.
"We gave everything," said Harbour City captain Owen Doyle. "Sometimes everything isn't enough."
Esterholm Athletic: Lindqvist; Okoro, Dahl, Meyer, Santos; Ruiz, Marsh, Kowalski; Laine, Bergström, Haddad.
Harbour City: Carver; Pike, Nwosu, Doyle, Flynn; Ahmed, Reyes; Costa, Brook, Ivanov; Mensah.
Referee: Paul Whitmore.
Attendance: 61,402.
"""),
    ("howto", """
How to bake prize-winning sourdough at home
@A finished loaf from The Crumb Room in Little Harrow.
Hannah Weiss of The Crumb Room, named the country's best sourdough bakery this year, shares the recipe she uses at home.
Ingredients
500g strong white bread flour
350g water
100g active sourdough starter
10g salt
Method
1. Mix the flour and 320g of the water and leave for an hour.
2. Add the starter, the salt and the rest of the water, and squeeze it through the dough.
3. Stretch and fold every 30 minutes for two hours.
4. Shape, then leave in the fridge overnight.
5. Bake at 250C in a covered pot for 20 minutes, then uncovered for 25.
Tip: don't cut it until it has cooled. "That's the hardest part," Weiss says.
"""),
    ("letters", """
Letters: the library, the bins and the bridge
Closing Ashby Fold library would be a false economy. For many older people in the village it is the only warm place where nobody expects them to buy anything.
Margaret Pryce
Ashby Fold
I have lived in Westmere for 40 years and have never seen a fox in my bin. Three-weekly collections will change that.
Dr Alan Mistry
Westmere
Congratulations to everyone who worked on the Old Mill Bridge. It was worth the wait, and the bats seem happy too.
Joan and Peter Evans
Castlebury
"""),
]

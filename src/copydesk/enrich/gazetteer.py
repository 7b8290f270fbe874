"""Actor gazetteer: countries (ISO 3166 alpha-3) with names, demonyms, capitals and metonyms,
major international organisations, and sector words (CAMEO-style codes such as GOV, MIL).

Kept as compact text tables so that adding an alias is a one-line edit; `actors.py` parses them
once into lookup dictionaries.
"""

from __future__ import annotations

#: ISO3 | names and aliases | demonyms (adjective and people) | capitals and seats of government.
COUNTRIES = """
AFG|Afghanistan|Afghan;Afghani|Kabul
ALB|Albania|Albanian|Tirana
DZA|Algeria|Algerian|Algiers
AND|Andorra|Andorran|Andorra la Vella
AGO|Angola|Angolan|Luanda
ATG|Antigua and Barbuda;Antigua|Antiguan|St. John's
ARG|Argentina;the Argentine Republic|Argentine;Argentinian;Argentinean|Buenos Aires
ARM|Armenia|Armenian|Yerevan
AUS|Australia;Commonwealth of Australia|Australian;Aussie|Canberra
AUT|Austria|Austrian|Vienna
AZE|Azerbaijan|Azerbaijani;Azeri|Baku
BHS|Bahamas;the Bahamas|Bahamian|Nassau
BHR|Bahrain|Bahraini|Manama
BGD|Bangladesh|Bangladeshi|Dhaka
BRB|Barbados|Barbadian;Bajan|Bridgetown
BLR|Belarus;Byelorussia|Belarusian;Belarussian|Minsk
BEL|Belgium|Belgian|Brussels
BLZ|Belize|Belizean|Belmopan
BEN|Benin|Beninese|Porto-Novo;Cotonou
BTN|Bhutan|Bhutanese|Thimphu
BOL|Bolivia|Bolivian|La Paz;Sucre
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Herzegovinian|Sarajevo
BWA|Botswana|Botswanan;Motswana;Batswana|Gaborone
BRA|Brazil|Brazilian|Brasilia;Brasília
BRN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
BGR|Bulgaria|Bulgarian|Sofia
BFA|Burkina Faso|Burkinabe;Burkinabè|Ouagadougou
BDI|Burundi|Burundian|Gitega;Bujumbura
CPV|Cape Verde;Cabo Verde|Cape Verdean;Cabo Verdean|Praia
KHM|Cambodia|Cambodian;Khmer|Phnom Penh
CMR|Cameroon|Cameroonian|Yaounde;Yaoundé
CAN|Canada|Canadian|Ottawa
CAF|Central African Republic;CAR|Central African|Bangui
TCD|Chad|Chadian|N'Djamena;Ndjamena
CHL|Chile|Chilean|Santiago
CHN|China;People's Republic of China;PRC;mainland China|Chinese|Beijing;Peking
COL|Colombia|Colombian|Bogota;Bogotá
COM|Comoros|Comoran;Comorian|Moroni
COG|Republic of the Congo;Congo-Brazzaville|Brazzaville Congolese|Brazzaville
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa;Congo|\
Congolese|Kinshasa
CRI|Costa Rica|Costa Rican|San Jose;San José
CIV|Ivory Coast;Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan
HRV|Croatia|Croatian;Croat|Zagreb
CUB|Cuba|Cuban|Havana
CYP|Cyprus|Cypriot|Nicosia
CZE|Czech Republic;Czechia|Czech|Prague
DNK|Denmark|Danish;Dane|Copenhagen
DJI|Djibouti|Djiboutian|Djibouti City
DMA|Dominica|Dominica national|Roseau
DOM|Dominican Republic|Dominican|Santo Domingo
ECU|Ecuador|Ecuadorian;Ecuadorean|Quito
EGY|Egypt|Egyptian|Cairo
SLV|El Salvador|Salvadoran;Salvadorean|San Salvador
GNQ|Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo
ERI|Eritrea|Eritrean|Asmara
EST|Estonia|Estonian|Tallinn
SWZ|Eswatini;Swaziland|Swazi;Eswatini|Mbabane
ETH|Ethiopia|Ethiopian|Addis Ababa
FJI|Fiji|Fijian|Suva
FIN|Finland|Finnish;Finn|Helsinki
FRA|France;French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris
GAB|Gabon|Gabonese|Libreville
GMB|Gambia;the Gambia|Gambian|Banjul
GEO|Georgia|Georgian|Tbilisi
DEU|Germany;Federal Republic of Germany|German|Berlin
GHA|Ghana|Ghanaian|Accra
GRC|Greece|Greek;Hellenic|Athens
GRD|Grenada|Grenadian|St. George's
GTM|Guatemala|Guatemalan|Guatemala City
GIN|Guinea|Guinean|Conakry
GNB|Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana|Guyanese|Georgetown
HTI|Haiti|Haitian|Port-au-Prince
HND|Honduras|Honduran|Tegucigalpa
HUN|Hungary|Hungarian;Magyar|Budapest
ISL|Iceland|Icelandic;Icelander|Reykjavik;Reykjavík
IND|India;Republic of India|Indian|New Delhi;Delhi
IDN|Indonesia|Indonesian|Jakarta
IRN|Iran;Islamic Republic of Iran;Persia|Iranian;Persian|Tehran;Teheran
IRQ|Iraq|Iraqi|Baghdad
IRL|Ireland;Republic of Ireland;Eire|Irish;Irishman;Irishmen;Irishwoman|Dublin
ISR|Israel|Israeli|Jerusalem;Tel Aviv
ITA|Italy|Italian|Rome
JAM|Jamaica|Jamaican|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan|Jordanian|Amman
KAZ|Kazakhstan|Kazakh;Kazakhstani|Astana;Almaty
KEN|Kenya|Kenyan|Nairobi
KIR|Kiribati|I-Kiribati|Tarawa;South Tarawa
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean|Pyongyang
KOR|South Korea;Republic of Korea;ROK;Korea|South Korean;Korean|Seoul
XKX|Kosovo|Kosovar;Kosovan|Pristina
KWT|Kuwait|Kuwaiti|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic|Kyrgyz;Kyrgyzstani|Bishkek
LAO|Laos;Lao PDR|Laotian;Lao|Vientiane
LVA|Latvia|Latvian|Riga
LBN|Lebanon|Lebanese|Beirut
LSO|Lesotho|Basotho;Mosotho|Maseru
LBR|Liberia|Liberian|Monrovia
LBY|Libya|Libyan|Tripoli
LIE|Liechtenstein|Liechtensteiner|Vaduz
LTU|Lithuania|Lithuanian|Vilnius
LUX|Luxembourg|Luxembourgish;Luxembourger|Luxembourg City
MDG|Madagascar|Malagasy|Antananarivo
MWI|Malawi|Malawian|Lilongwe
MYS|Malaysia|Malaysian|Kuala Lumpur;Putrajaya
MDV|Maldives;the Maldives|Maldivian|Male;Malé
MLI|Mali|Malian|Bamako
MLT|Malta|Maltese|Valletta
MHL|Marshall Islands;the Marshall Islands|Marshallese|Majuro
MRT|Mauritania|Mauritanian|Nouakchott
MUS|Mauritius|Mauritian|Port Louis
MEX|Mexico|Mexican|Mexico City
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova|Moldovan|Chisinau;Chișinău
MCO|Monaco|Monegasque|Monaco-Ville
MNG|Mongolia|Mongolian|Ulaanbaatar;Ulan Bator
MNE|Montenegro|Montenegrin|Podgorica
MAR|Morocco|Moroccan|Rabat
MOZ|Mozambique|Mozambican|Maputo
MMR|Myanmar;Burma|Burmese;Myanmarese|Naypyidaw;Naypyitaw;Yangon;Rangoon
NAM|Namibia|Namibian|Windhoek
NRU|Nauru|Nauruan|Yaren
NPL|Nepal|Nepalese;Nepali|Kathmandu
NLD|Netherlands;the Netherlands;Holland|Dutch;Dutchman;Dutchmen;Dutchwoman|Amsterdam;The Hague
NZL|New Zealand|New Zealander;Kiwi|Wellington
NIC|Nicaragua|Nicaraguan|Managua
NER|Niger|Nigerien|Niamey
NGA|Nigeria|Nigerian|Abuja;Lagos
MKD|North Macedonia;Macedonia|Macedonian|Skopje
NOR|Norway|Norwegian|Oslo
OMN|Oman|Omani|Muscat
PAK|Pakistan|Pakistani|Islamabad
PLW|Palau|Palauan|Ngerulmud
PSE|Palestine;State of Palestine;Palestinian territories;West Bank;Gaza;Gaza Strip|Palestinian|Ramallah
PAN|Panama|Panamanian|Panama City
PNG|Papua New Guinea|Papua New Guinean|Port Moresby
PRY|Paraguay|Paraguayan|Asuncion;Asunción
PER|Peru|Peruvian|Lima
PHL|Philippines;the Philippines|Filipino;Philippine;Filipina|Manila
POL|Poland|Polish;Pole|Warsaw
PRT|Portugal|Portuguese|Lisbon
QAT|Qatar|Qatari|Doha
ROU|Romania|Romanian|Bucharest
RUS|Russia;Russian Federation|Russian|Moscow
RWA|Rwanda|Rwandan|Kigali
KNA|Saint Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian|Basseterre
LCA|Saint Lucia;St. Lucia|Saint Lucian;St. Lucian|Castries
VCT|Saint Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian|Kingstown
WSM|Samoa|Samoan|Apia
SMR|San Marino|Sammarinese|City of San Marino
STP|Sao Tome and Principe;São Tomé and Príncipe|Sao Tomean|Sao Tome;São Tomé
SAU|Saudi Arabia;Kingdom of Saudi Arabia|Saudi;Saudi Arabian|Riyadh
SEN|Senegal|Senegalese|Dakar
SRB|Serbia|Serbian;Serb|Belgrade
SYC|Seychelles|Seychellois|Victoria
SLE|Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore|Singaporean|Singapore City
SVK|Slovakia;Slovak Republic|Slovak;Slovakian|Bratislava
SVN|Slovenia|Slovenian;Slovene|Ljubljana
SLB|Solomon Islands;the Solomon Islands|Solomon Islander|Honiara
SOM|Somalia|Somali;Somalian|Mogadishu
ZAF|South Africa;Republic of South Africa|South African|Pretoria;Cape Town;Johannesburg
SSD|South Sudan|South Sudanese|Juba
ESP|Spain|Spanish;Spaniard|Madrid
LKA|Sri Lanka|Sri Lankan|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan|Sudanese|Khartoum
SUR|Suriname|Surinamese;Surinamer|Paramaribo
SWE|Sweden|Swedish;Swede|Stockholm
CHE|Switzerland|Swiss|Bern;Berne
SYR|Syria;Syrian Arab Republic|Syrian|Damascus
TWN|Taiwan;Republic of China|Taiwanese|Taipei
TJK|Tajikistan|Tajik;Tajikistani|Dushanbe
TZA|Tanzania|Tanzanian|Dodoma;Dar es Salaam
THA|Thailand|Thai|Bangkok
TLS|East Timor;Timor-Leste|Timorese|Dili
TGO|Togo|Togolese|Lome;Lomé
TON|Tonga|Tongan|Nuku'alofa
TTO|Trinidad and Tobago;Trinidad|Trinidadian;Tobagonian|Port of Spain
TUN|Tunisia|Tunisian|Tunis
TUR|Turkey;Türkiye;Turkiye|Turkish;Turk|Ankara
TKM|Turkmenistan|Turkmen|Ashgabat
TUV|Tuvalu|Tuvaluan|Funafuti
UGA|Uganda|Ugandan|Kampala
UKR|Ukraine;the Ukraine|Ukrainian|Kyiv;Kiev
ARE|United Arab Emirates;UAE;Emirates;the Emirates|Emirati|Abu Dhabi
GBR|United Kingdom;UK;U.K.;Britain;Great Britain;England;Scotland;Wales;Northern Ireland|\
British;Briton;Brit;English;Englishman;Englishmen;Scottish;Scot;Welsh;Welshman|London;Edinburgh;Cardiff
USA|United States;United States of America;US;U.S.;USA;U.S.A.;America|American|Washington;Washington, D.C.;\
Washington D.C.;D.C.
URY|Uruguay|Uruguayan|Montevideo
UZB|Uzbekistan|Uzbek;Uzbekistani|Tashkent
VUT|Vanuatu|Ni-Vanuatu;Vanuatuan|Port Vila
VAT|Vatican City;Holy See;the Holy See;Vatican;the Vatican|Vatican|Vatican City
VEN|Venezuela|Venezuelan|Caracas
VNM|Vietnam;Viet Nam|Vietnamese|Hanoi
YEM|Yemen|Yemeni|Sanaa;Sana'a
ZMB|Zambia|Zambian|Lusaka
ZWE|Zimbabwe|Zimbabwean|Harare
HKG|Hong Kong|Hong Konger;Hongkonger|Hong Kong
"""

#: Metonyms and national bodies: surface form | ISO3 | sector code | canonical name.
NATIONAL_BODIES = """
Kremlin|RUS|GOV|Kremlin
Duma|RUS|LEG|State Duma
State Duma|RUS|LEG|State Duma
FSB|RUS|SPY|Federal Security Service
Downing Street|GBR|GOV|Downing Street
Number 10|GBR|GOV|Downing Street
No. 10|GBR|GOV|Downing Street
Whitehall|GBR|GOV|Whitehall
Westminster|GBR|LEG|Westminster
Foreign Office|GBR|GOV|Foreign Office
MI6|GBR|SPY|Secret Intelligence Service
Pentagon|USA|MIL|Pentagon
White House|USA|GOV|White House
Oval Office|USA|GOV|White House
Capitol Hill|USA|LEG|Congress
State Department|USA|GOV|State Department
Foggy Bottom|USA|GOV|State Department
CIA|USA|SPY|Central Intelligence Agency
FBI|USA|COP|Federal Bureau of Investigation
Langley|USA|SPY|Central Intelligence Agency
Elysee|FRA|GOV|Élysée Palace
Élysée|FRA|GOV|Élysée Palace
Elysee Palace|FRA|GOV|Élysée Palace
Élysée Palace|FRA|GOV|Élysée Palace
Quai d'Orsay|FRA|GOV|Quai d'Orsay
Zhongnanhai|CHN|GOV|Zhongnanhai
People's Liberation Army|CHN|MIL|People's Liberation Army
PLA|CHN|MIL|People's Liberation Army
Great Hall of the People|CHN|GOV|Great Hall of the People
Knesset|ISR|LEG|Knesset
IDF|ISR|MIL|Israel Defense Forces
Israel Defense Forces|ISR|MIL|Israel Defense Forces
Mossad|ISR|SPY|Mossad
Bundestag|DEU|LEG|Bundestag
Bundeswehr|DEU|MIL|Bundeswehr
Chancellery|DEU|GOV|Chancellery
Blue House|KOR|GOV|Blue House
Kantei|JPN|GOV|Kantei
Majlis|IRN|LEG|Majlis
Revolutionary Guards|IRN|MIL|Islamic Revolutionary Guard Corps
IRGC|IRN|MIL|Islamic Revolutionary Guard Corps
Lok Sabha|IND|LEG|Lok Sabha
Rada|UKR|LEG|Verkhovna Rada
Verkhovna Rada|UKR|LEG|Verkhovna Rada
Bankova|UKR|GOV|Office of the President of Ukraine
Palacio de la Moncloa|ESP|GOV|Moncloa
Moncloa|ESP|GOV|Moncloa
Palazzo Chigi|ITA|GOV|Palazzo Chigi
Planalto|BRA|GOV|Planalto Palace
Casa Rosada|ARG|GOV|Casa Rosada
Los Pinos|MEX|GOV|Los Pinos
Malacañang|PHL|GOV|Malacañang Palace
Malacanang|PHL|GOV|Malacañang Palace
"""

#: International organisations: surface forms (';'-separated) | canonical name | sector code.
ORGANISATIONS = """
United Nations;UN;U.N.|United Nations|IGO
UN Security Council;U.N. Security Council;UNSC|UN Security Council|IGO
UN General Assembly;U.N. General Assembly|UN General Assembly|IGO
North Atlantic Treaty Organization;North Atlantic Treaty Organisation;NATO;Nato|NATO|IGO
European Union;EU;E.U.|European Union|IGO
European Commission|European Commission|IGO
European Parliament|European Parliament|IGO
European Central Bank;ECB|European Central Bank|IGO
World Health Organization;World Health Organisation;WHO|World Health Organization|IGO
International Monetary Fund;IMF|International Monetary Fund|IGO
World Bank|World Bank|IGO
World Trade Organization;World Trade Organisation;WTO|World Trade Organization|IGO
International Atomic Energy Agency;IAEA|International Atomic Energy Agency|IGO
International Criminal Court;ICC|International Criminal Court|IGO
International Court of Justice;ICJ|International Court of Justice|IGO
Organization of the Petroleum Exporting Countries;OPEC|OPEC|IGO
Association of Southeast Asian Nations;ASEAN|ASEAN|IGO
African Union|African Union|IGO
Arab League;League of Arab States|Arab League|IGO
Organisation for Economic Co-operation and Development;OECD|OECD|IGO
Organization for Security and Co-operation in Europe;OSCE|OSCE|IGO
Group of Seven;G7;G-7|G7|IGO
Group of 20;Group of Twenty;G20;G-20|G20|IGO
UNICEF|UNICEF|IGO
UNESCO|UNESCO|IGO
UN Refugee Agency;UNHCR|UNHCR|IGO
World Food Programme;World Food Program;WFP|World Food Programme|IGO
International Committee of the Red Cross;ICRC|International Committee of the Red Cross|NGO
Amnesty International|Amnesty International|NGO
Human Rights Watch|Human Rights Watch|NGO
Interpol|Interpol|IGO
Shanghai Cooperation Organisation;Shanghai Cooperation Organization;SCO|Shanghai Cooperation Organisation|IGO
BRICS|BRICS|IGO
Gulf Cooperation Council;GCC|Gulf Cooperation Council|IGO
Organization of American States;OAS|Organization of American States|IGO
"""

#: Role words → sector code; longer phrases win ("defence minister" is MIL, "minister" GOV).
SECTORS = """
defence minister;defense minister;defence secretary;defense secretary;minister of defence;\
minister of defense;secretary of defense;defence ministry;defense ministry;ministry of defence;\
ministry of defense;general;admiral;colonel;commander;army;navy;air force;military;armed forces;\
troops;soldier;soldiers;marines;chief of staff;lieutenant;major general;brigadier|MIL
president;prime minister;premier;minister;chancellor;secretary of state;foreign minister;\
foreign secretary;government;ministry;cabinet;spokesman;spokeswoman;spokesperson;official;\
officials;governor;mayor;ambassador;envoy;diplomat;king;queen;emir;sultan;leader;administration|GOV
senator;lawmaker;lawmakers;congressman;congresswoman;parliament;parliamentarian;MP;legislator;\
speaker of the house;representative;senate;congress;legislature|LEG
judge;justice;court;prosecutor;attorney general;supreme court|JUD
police;police chief;officer;sheriff;detective|COP
chief executive;CEO;chairman;chairwoman;company;executive;businessman;businesswoman;economist;\
analyst;bank|BUS
professor;researcher;scientist;university;teacher|EDU
journalist;reporter;editor;newspaper;broadcaster|MED
rebel;rebels;insurgent;insurgents;militant;militants;guerrilla|REB
opposition;dissident;activist;protester;protesters|OPP
party;campaign;candidate;strategist;campaign manager|PTY
bishop;pope;cardinal;imam;rabbi;priest;cleric|REL
doctor;nurse;hospital;health minister|HLH
"""

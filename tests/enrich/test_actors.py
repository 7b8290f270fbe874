"""The actor resolver against a hand-assembled list of demonyms, capitals and country names."""

from __future__ import annotations

import pytest

from copydesk.enrich import actors

# mention → expected ISO3; written independently of the gazetteer tables, with the variants
# news text uses (plurals, possessives, "the", dotted abbreviations, older names).
CASES = """
Russian RUS|Russians RUS|Moscow RUS|Russia's RUS|the Kremlin RUS|Kremlin's RUS|Chinese CHN|Beijing CHN
China CHN|the People's Republic of China CHN|French FRA|Frenchman FRA|Paris FRA|France FRA
German DEU|Germans DEU|Berlin DEU|Germany's DEU|British GBR|Britons GBR|London GBR|Britain GBR
the UK GBR|U.K. GBR|Downing Street GBR|American USA|Americans USA|Washington USA|the U.S. USA|U.S. USA
the United States USA|the Pentagon USA|the White House USA|Ukrainian UKR|Ukrainians UKR|Kyiv UKR
Kiev UKR|Ukraine UKR|Israeli ISR|Israelis ISR|Jerusalem ISR|Israel ISR|Iranian IRN|Tehran IRN
Iran's IRN|Iraqi IRQ|Baghdad IRQ|Iraq IRQ|Syrian SYR|Damascus SYR|Syria SYR|Turkish TUR|Ankara TUR
Turks TUR|Türkiye TUR|Japanese JPN|Tokyo JPN|Japan JPN|South Korean KOR|Seoul KOR|South Korea KOR
North Korean PRK|Pyongyang PRK|North Korea PRK|Indian IND|New Delhi IND|India IND|Pakistani PAK
Islamabad PAK|Pakistan PAK|Afghan AFG|Kabul AFG|Afghans AFG|Saudi SAU|Saudis SAU|Riyadh SAU
Saudi Arabia SAU|Egyptian EGY|Cairo EGY|Egyptians EGY|Mexican MEX|Mexico City MEX|Mexicans MEX
Canadian CAN|Ottawa CAN|Canadians CAN|Brazilian BRA|Brasilia BRA|Brazil BRA|Argentine ARG
Buenos Aires ARG|Argentina ARG|Venezuelan VEN|Caracas VEN|Colombian COL|Bogota COL|Cuban CUB
Havana CUB|Cubans CUB|Spanish ESP|Spaniards ESP|Madrid ESP|Italian ITA|Rome ITA|Italians ITA
Dutch NLD|the Netherlands NLD|Amsterdam NLD|The Hague NLD|Belgian BEL|Brussels BEL|Swiss CHE
Bern CHE|Switzerland CHE|Austrian AUT|Vienna AUT|Polish POL|Poles POL|Warsaw POL|Czech CZE
Prague CZE|Hungarian HUN|Budapest HUN|Greek GRC|Athens GRC|Greeks GRC|Swedish SWE|Swedes SWE
Stockholm SWE|Norwegian NOR|Oslo NOR|Danish DNK|Copenhagen DNK|Danes DNK|Finnish FIN|Helsinki FIN
Irish IRL|Dublin IRL|Portuguese PRT|Lisbon PRT|Romanian ROU|Bucharest ROU|Bulgarian BGR|Sofia BGR
Serbian SRB|Serbs SRB|Belgrade SRB|Croatian HRV|Zagreb HRV|Belarusian BLR|Minsk BLR|Georgian GEO
Tbilisi GEO|Armenian ARM|Yerevan ARM|Azerbaijani AZE|Baku AZE|Kazakh KAZ|Astana KAZ|Uzbek UZB
Tashkent UZB|Nigerian NGA|Abuja NGA|Nigerians NGA|Kenyan KEN|Nairobi KEN|Ethiopian ETH
Addis Ababa ETH|South African ZAF|Pretoria ZAF|South Africans ZAF|Ghanaian GHA|Accra GHA
Sudanese SDN|Khartoum SDN|Somali SOM|Mogadishu SOM|Libyan LBY|Tripoli LBY|Tunisian TUN|Tunis TUN
Algerian DZA|Algiers DZA|Moroccan MAR|Rabat MAR|Malian MLI|Bamako MLI|Congolese COD|Kinshasa COD
Rwandan RWA|Kigali RWA|Ugandan UGA|Kampala UGA|Zimbabwean ZWE|Harare ZWE|Lebanese LBN|Beirut LBN
Jordanian JOR|Amman JOR|Palestinian PSE|Palestinians PSE|Ramallah PSE|Yemeni YEM|Sanaa YEM
Qatari QAT|Doha QAT|Emirati ARE|Abu Dhabi ARE|the UAE ARE|Kuwaiti KWT|Omani OMN|Muscat OMN
Bahraini BHR|Vietnamese VNM|Hanoi VNM|Thai THA|Bangkok THA|Filipino PHL|Filipinos PHL|Manila PHL
the Philippines PHL|Indonesian IDN|Jakarta IDN|Malaysian MYS|Kuala Lumpur MYS|Singaporean SGP
Burmese MMR|Myanmar MMR|Burma MMR|Cambodian KHM|Phnom Penh KHM|Taiwanese TWN|Taipei TWN
Australian AUS|Australians AUS|Canberra AUS|New Zealander NZL|Wellington NZL|Chilean CHL
Santiago CHL|Peruvian PER|Lima PER|Bolivian BOL|Ecuadorian ECU|Quito ECU|Uruguayan URY
Montevideo URY|Paraguayan PRY|Haitian HTI|Port-au-Prince HTI|Nicaraguan NIC|Managua NIC
Honduran HND|Guatemalan GTM|Salvadoran SLV|Panamanian PAN|Jamaican JAM|Icelandic ISL
Reykjavik ISL|Estonian EST|Tallinn EST|Latvian LVA|Riga LVA|Lithuanian LTU|Vilnius LTU
Moldovan MDA|Chisinau MDA|Mongolian MNG|Ulaanbaatar MNG|Nepalese NPL|Kathmandu NPL|Bangladeshi BGD
Dhaka BGD|Sri Lankan LKA|Colombo LKA|Ivorian CIV|Ivory Coast CIV|Senegalese SEN|Dakar SEN
Cameroonian CMR|Eritrean ERI|Asmara ERI|Tanzanian TZA|Zambian ZMB|Lusaka ZMB|Mozambican MOZ
Angolan AGO|Luanda AGO|Namibian NAM|Kosovar XKX|Pristina XKX|Slovak SVK|Bratislava SVK
Slovenian SVN|Ljubljana SVN|Cypriot CYP|Nicosia CYP|Maltese MLT|Luxembourg LUX|the Vatican VAT
Holy See VAT|Czechia CZE|Persian IRN|Scottish GBR|Welsh GBR|Edinburgh GBR|Hong Kong HKG
"""


def _cases() -> list[tuple[str, str]]:
    items = [c.strip() for line in CASES.strip().splitlines() for c in line.split("|") if c.strip()]
    return [(item.rsplit(" ", 1)[0], item.rsplit(" ", 1)[1]) for item in items]


def test_resolver_accuracy_on_assembled_list() -> None:
    cases = _cases()
    assert len(cases) >= 150
    wrong = []
    for mention, iso3 in cases:
        actor = actors.resolve(mention)
        if actor is None or actor.country != iso3:
            wrong.append((mention, iso3, actor.country if actor else None))
    accuracy = 1 - len(wrong) / len(cases)
    assert accuracy >= 0.97, wrong


ORGS = [("NATO", "NATO"), ("Nato", "NATO"), ("the UN", "United Nations"), ("U.N.", "United Nations"),
        ("EU", "European Union"), ("WHO", "World Health Organization"),
        ("the IMF", "International Monetary Fund")]


@pytest.mark.parametrize(("mention", "name"), ORGS)
def test_international_organisations_have_no_country(mention: str, name: str) -> None:
    actor = actors.resolve(mention)
    assert actor is not None and actor.name == name and actor.country is None and actor.sector == "IGO"


@pytest.mark.parametrize("word", ["who", "us", "it", "said", "", "  ", "Smithland", "the"])
def test_common_words_and_unknown_names_do_not_resolve(word: str) -> None:
    assert actors.resolve(word) is None


@pytest.mark.parametrize(
    ("role", "code"),
    [("defence minister", "MIL"), ("Defense Secretary", "MIL"), ("minister", "GOV"),
     ("foreign minister", "GOV"), ("prime minister", "GOV"), ("senator", "LEG"), ("judge", "JUD"),
     ("police chief", "COP"), ("chief executive", "BUS"), ("health minister", "HLH"), ("poet", None)],
)
def test_sector_of_role(role: str, code: str | None) -> None:
    assert actors.sector(role) == code


def test_actor_code_combines_country_and_sector() -> None:
    assert actors.actor_code("CHN", "defence minister") == "CHNMIL"
    assert actors.actor_code("RUS", None) == "RUS"
    assert actors.actor_code(None, "senator") == "LEG"
    assert actors.country_name("RUS") == "Russia"

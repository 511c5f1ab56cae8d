#!/usr/bin/env python3
"""SPARQL questions of the seed article (points 1-5 of the seed's facts: the document,
countries, people, organisations, places; points 6-13, its events; 14-17, its standing relations), asked with rdflib of the graph newsgraph
builds. Each answer must also be traceable to its evidence: a NIF phrase with offsets in
the article's text context.

  seed_facts.py NEWSGRAPH ROOT
"""
import re
import subprocess
import sys

import rdflib

PREFIXES = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX schema: <http://schema.org/>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX ng: <https://w3id.org/newsgraph/ns#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX cameo: <https://w3id.org/newsgraph/cameo/>
"""

# An entity is traceable when a phrase of the article's context names it.
EVIDENCE = """
  ?phrase itsrdf:taIdentRef {e} ; nif:anchorOf ?anchor ; nif:beginIndex ?ev_begin ; nif:endIndex ?ev_end ;
          nif:referenceContext ?ctx .
  ?doc ng:textContext ?ctx .
"""

QUESTIONS = [
    ("1 title, date and publisher of the article", """
     ASK {{ ?doc a schema:NewsArticle ;
       schema:headline "Azerbaijan says Russia has provided military goods to Armenia since deadly border clashes"@en ;
       schema:datePublished "2020-08-14"^^xsd:date ; schema:publisher ?p .
       ?p rdfs:label "Center for Eurasian Studies"@en . {ev} }}""", "?p"),
    ("1 the publisher's Turkish name stands in the header", """
     ASK {{ ?doc schema:publisher ?p . {ev} FILTER(CONTAINS(?anchor, "AVRASYA")) }}""", "?p"),
    ("1 original source RFE/RL dated 2020-08-13 with the whole URL", """
     ASK {{ ?doc schema:isBasedOn ?o . ?o schema:datePublished "2020-08-13"^^xsd:date ; schema:publisher ?s ;
       schema:url <https://www.rferl.org/a/azerbaijan-says-russia-has-provided-military-goods-to-armenia-since-deadly-border-clashes/30782083.html> .
       ?s rdfs:label "Radio Free Europe/Radio Liberty"@en . {ev} }}""", "?s"),
]
for name, qid in [("Azerbaijan", "Q227"), ("Armenia", "Q399"), ("Russia", "Q159"), ("Kazakhstan", "Q232"),
                  ("Turkmenistan", "Q874"), ("Iran", "Q794"), ("United States", "Q30"), ("France", "Q142"),
                  ("Turkey", "Q43")]:
    QUESTIONS.append((f"2 country {name} linked to wd:{qid}", f"""
     ASK {{{{ ?c a schema:Country ; rdfs:label "{name}"@en ; owl:sameAs wd:{qid} . {{ev}} }}}}""", "?c"))
for person, role, country in [("Ilham Aliyev", "head-of-state", "Azerbaijan"),
                              ("Vladimir Putin", "head-of-state", "Russia"),
                              ("Hulusi Akar", "defence-minister", "Turkey")]:
    QUESTIONS.append((f"3 {person}, {role} of {country}", f"""
     ASK {{{{ ?x a schema:Person ; rdfs:label "{person}"@en ; ng:holdsPosition ?pos .
       ?pos ng:positionRole "{role}" ; ng:positionOf ?c . ?c rdfs:label "{country}"@en . {{ev}} }}}}""", "?x"))
QUESTIONS += [
    ("3 Putin is wd:Q7747", """ASK {{ ?x rdfs:label "Vladimir Putin"@en ; owl:sameAs wd:Q7747 . {ev} }}""", "?x"),
    ("4 CSTO", """ASK {{ ?o a ng:InternationalOrganization ; rdfs:label "Collective Security Treaty Organization"@en . {ev} }}""", "?o"),
    ("4 OSCE is wd:Q81299", """ASK {{ ?o a ng:InternationalOrganization ; owl:sameAs wd:Q81299 . {ev} }}""", "?o"),
    ("4 the Minsk Group is part of the OSCE", """
     ASK {{ ?g rdfs:label "OSCE Minsk Group"@en ; ng:partOf ?o . ?o owl:sameAs wd:Q81299 . {ev} }}""", "?g"),
    ("4 the Kremlin is the Russian presidency", """
     ASK {{ ?k a schema:GovernmentOrganization ; ng:institutionOf ?r . ?r owl:sameAs wd:Q159 . {ev}
       FILTER(CONTAINS(LCASE(?anchor), "kremlin")) }}""", "?k"),
    ("4 Aliyev's press service serves the Azerbaijani presidency", """
     ASK {{ ?s a schema:GovernmentOrganization ; rdfs:label ?l ; ng:institutionOf ?a . ?a owl:sameAs wd:Q227 .
       {ev} FILTER(CONTAINS(?l, "Press Service of the President")) }}""", "?s"),
    ("5 Nagorno-Karabakh is a breakaway region of Azerbaijan", """
     ASK {{ ?n rdfs:label "Nagorno-Karabakh"@en ; ng:breakawayRegionOf ?a . ?a owl:sameAs wd:Q227 . {ev} }}""", "?n"),
    ("5 South Caucasus is a region", """ASK {{ ?r a ng:Region ; rdfs:label "South Caucasus"@en . {ev} }}""", "?r"),
    ("5 Baku, a city of Azerbaijan, as a place", """
     ASK {{ ?b a schema:City ; rdfs:label "Baku"@en ; schema:containedInPlace ?a . ?a owl:sameAs wd:Q227 . {ev} }}""", "?b"),
    ("5 'Baku claimed': Baku as Azerbaijan's government", """
     ASK {{ ?a owl:sameAs wd:Q227 . ?phrase ng:mentionForm "metonym" . {ev} FILTER(?anchor = "Baku") }}""", "?a"),
    ("5 the Armenian-Azerbaijani border", """
     ASK {{ ?x a schema:Place ; ng:borderOf ?a, ?b . ?a owl:sameAs wd:Q399 . ?b owl:sameAs wd:Q227 . {ev} }}""", "?x"),
]
for country, qid in [("Kazakhstan", "Q232"), ("Turkmenistan", "Q874"), ("Iran", "Q794")]:
    QUESTIONS.append((f"5 the airspace of {country}, contained in it", f"""
     ASK {{{{ ?x a schema:Place ; rdfs:label "airspace of {country}"@en ; schema:containedInPlace ?c .
       ?c owl:sameAs wd:{qid} . {{ev}} }}}}""", "?x"))


# An event is traceable when its evidence sentence and trigger lie in the article's text.
EVENT_EVIDENCE = """
  {e} ng:evidence ?sentence ; ng:trigger ?trig . ?sentence nif:referenceContext ?ctx . ?trig nif:anchorOf ?trigger_text .
  ?doc ng:textContext ?ctx .
"""
QUESTIONS += [
    ("6 one armed clash on the Armenian-Azerbaijani border from 2020-07-12, asserted", """
     ASK {{ ?e a ng:ArmedClash ; ng:eventCode cameo:190 ; ng:epistemicStatus ng:Asserted ;
       sem:hasTimeStamp "2020-07-12"^^xsd:date ; ng:eventLocation ?b . ?b ng:borderOf ?a , ?z .
       ?a owl:sameAs wd:Q399 . ?z owl:sameAs wd:Q227 . {ev} }}""", "?e"),
    ("6 the clash is one node however many sentences mention it", """
     ASK {{ {{ SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a ng:ArmedClash }} }} FILTER(?n = 1)
       ?x a ng:ArmedClash . {ev} }}""", "?x"),
    ("7 Russia's transfer of military goods to Armenia via three airspaces is a claim, never a fact", """
     ASK {{ ?e a ng:MilitaryAid ; ng:eventCode cameo:072 ; ng:epistemicStatus ng:Claimed ;
       ng:sourceActor ?r ; ng:recipient ?a ; ng:transitPlace ?k , ?t , ?i .
       ?r owl:sameAs wd:Q159 . ?a owl:sameAs wd:Q399 .
       ?k rdfs:label "airspace of Kazakhstan"@en . ?t rdfs:label "airspace of Turkmenistan"@en . ?i rdfs:label "airspace of Iran"@en .
       ?claim a ng:Claim ; ng:claimedEvent ?e ; ng:claimant ?baku ; ng:evidence ?cue . ?baku owl:sameAs wd:Q227 .
       ?cue nif:anchorOf "claimed" . {ev} }}""", "?e"),
    ("7 no arms transfer is asserted by the publisher", """
     ASK {{ FILTER NOT EXISTS {{ ?e a ng:MilitaryAid ; ng:epistemicStatus ng:Asserted }} ?x a ng:MilitaryAid . {ev} }}""", "?x"),
    ("8 Aliyev called Putin on 2020-08-12 (the previous day of 2020-08-13)", """
     ASK {{ ?e a ng:PhoneCall ; ng:eventCode cameo:041 ; ng:sourceActor ?a ; ng:targetActor ?p ;
       sem:hasTimeStamp "2020-08-12"^^xsd:date . ?a rdfs:label "Ilham Aliyev"@en . ?p owl:sameAs wd:Q7747 . {ev} }}""", "?e"),
    ("9 the Kremlin issued a statement on the call", """
     ASK {{ ?e a ng:Statement ; ng:sourceActor ?k ; ng:epistemicStatus ng:Asserted . ?k ng:institutionOf ?r .
       ?r owl:sameAs wd:Q159 . {ev} }}""", "?e"),
    ("9 the Kremlin statement did not mention military supplies (negated)", """
     ASK {{ ?e a ng:Statement ; ng:epistemicStatus ng:Negated . ?c ng:claimedEvent ?e ; ng:evidence ?cue .
       ?cue nif:anchorOf "did not mention" . {ev} }}""", "?e"),
    ("10 Armenian officials have not commented", """
     ASK {{ ?e ng:epistemicStatus ng:NoComment ; ng:sourceActor ?g . ?g ng:affiliatedWith ?a . ?a owl:sameAs wd:Q399 .
       {ev} }}""", "?e"),
    ("11 the OSCE Minsk Group urged Armenia and Azerbaijan to restart peace talks", """
     ASK {{ ?e a ng:Appeal ; ng:eventCode cameo:026 ; ng:sourceActor ?g ; ng:targetActor ?a , ?z .
       ?g rdfs:label "OSCE Minsk Group"@en . ?a owl:sameAs wd:Q399 . ?z owl:sameAs wd:Q227 . {ev} }}""", "?e"),
    ("12 Azerbaijan's arms purchases from Russia since 2011 are hedged by the publisher, no source named", """
     ASK {{ ?e a ng:ArmsPurchase ; ng:epistemicStatus ng:Hedged ; ng:sourceActor ?a ; ng:targetActor ?r ;
       sem:hasEarliestBeginTimeStamp "2011"^^xsd:gYear . ?a owl:sameAs wd:Q227 . ?r owl:sameAs wd:Q159 .
       FILTER NOT EXISTS {{ ?e sem:hasLatestEndTimeStamp ?end }}
       ?c ng:claimedEvent ?e ; ng:claimant ?p . ?doc schema:publisher ?p .
       FILTER NOT EXISTS {{ ?c ng:claimant ?other . FILTER(?other != ?p) }} {ev} }}""", "?e"),
    ("13 Hulusi Akar arrived in Baku on 2020-08-12", """
     ASK {{ ?e a ng:Visit ; ng:eventCode cameo:042 ; ng:sourceActor ?h ; ng:eventLocation ?b ;
       sem:hasTimeStamp "2020-08-12"^^xsd:date . ?h rdfs:label "Hulusi Akar"@en . ?b a schema:City ; owl:sameAs wd:Q9248 .
       {ev} }}""", "?e"),
    ("6 at least 5 Armenian servicemen killed in the clash", """
     ASK {{ ?c a ng:Casualties ; ng:outcome "killed" ; ng:inEvent ?e ; ng:casualtyGroup ?g ; ng:casualtyCount ?q .
       ?e a ng:ArmedClash . ?g ng:affiliatedWith ?a . ?a owl:sameAs wd:Q399 .
       ?q schema:minValue ?n ; ng:qualifier "at least" ; schema:unitCode "IE" . FILTER(?n = 5) {ev} }}""", "?e"),
    ("6 12 Azerbaijani servicemen killed in the clash", """
     ASK {{ ?c a ng:Casualties ; ng:outcome "killed" ; ng:inEvent ?e ; ng:casualtyGroup ?g ; ng:casualtyCount ?q .
       ?g ng:affiliatedWith ?a . ?a owl:sameAs wd:Q227 . ?q schema:value ?n ; ng:qualifier "exact" . FILTER(?n = 12) {ev} }}""", "?e"),
    ("7 more than 400 tonnes", """
     ASK {{ ?e a ng:MilitaryAid ; ng:epistemicStatus ng:Claimed ; ng:quantity ?q .
       ?q schema:minValue ?n ; schema:unitCode "TNE" ; ng:qualifier "more than" . FILTER(?n = 400) {ev} }}""", "?e"),
    ("12 up to USD 4 billion", """
     ASK {{ ?e a ng:ArmsPurchase ; ng:quantity ?q . ?q schema:maxValue ?n ; schema:unitCode "USD" . FILTER(?n = 4000000000) {ev} }}""", "?e"),
    ("13 a joint military exercise", """ASK {{ ?e a ng:JointExercise ; ng:eventCode cameo:062 . {ev} }}""", "?e"),
]
# A relation is traceable when its statement node's evidence lies in the article's text.
RELATION_EVIDENCE = """
  ?st a rdf:Statement ; rdf:subject {e} ; rdf:predicate ?pred ; ng:epistemicStatus ng:Asserted ; ng:evidence ?cue .
  ?cue nif:referenceContext ?ctx . ?doc ng:textContext ?ctx .
"""
QUESTIONS += [
    ("14r Russia, the United States and France co-chair the OSCE Minsk Group", """
     ASK {{ ?g rdfs:label "OSCE Minsk Group"@en . ?r ng:coChairOf ?g . ?u ng:coChairOf ?g . ?f ng:coChairOf ?g .
       ?r owl:sameAs wd:Q159 . ?u owl:sameAs wd:Q30 . ?f owl:sameAs wd:Q142 . {ev} }}""", "?r"),
    ("15r Armenia is a member of the CSTO, which Russia leads", """
     ASK {{ ?a owl:sameAs wd:Q399 ; ng:memberOf ?c . ?c rdfs:label "Collective Security Treaty Organization"@en .
       ?r owl:sameAs wd:Q159 ; ng:leads ?c . {ev} }}""", "?a"),
    ("16r Armenia hosts a Russian military base", """
     ASK {{ ?a owl:sameAs wd:Q399 ; ng:hostsBaseOf ?r . ?r owl:sameAs wd:Q159 . {ev} }}""", "?a"),
    ("17r Nagorno-Karabakh is stated to be a breakaway region of Azerbaijan", """
     ASK {{ ?n rdfs:label "Nagorno-Karabakh"@en ; ng:breakawayRegionOf ?a . ?a owl:sameAs wd:Q227 . {ev} }}""", "?n"),
]
RELATION_QUESTIONS = {name for name, _, _ in QUESTIONS if re.match(r"^[0-9]+r ", name)}
EVENT_QUESTIONS = {name for name, _, _ in QUESTIONS if name[:2].strip() in {"6", "7", "8", "9", "10", "11", "12", "13"}}


def main():
    binary, root = sys.argv[1], sys.argv[2]
    seed = f"{root}/data/articles/seed-avim-2020-08-14.txt"
    turtle = subprocess.run([binary, "build", "-q", seed], capture_output=True, text=True, check=True).stdout
    graph = rdflib.Graph()
    graph.parse(data=turtle, format="turtle")
    passed = failed = 0
    for name, query, entity in QUESTIONS:
        evidence = (RELATION_EVIDENCE if name in RELATION_QUESTIONS
                    else EVENT_EVIDENCE if name in EVENT_QUESTIONS else EVIDENCE)
        answer = graph.query(PREFIXES + query.format(ev=evidence.format(e=entity))).askAnswer
        if answer:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {name}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

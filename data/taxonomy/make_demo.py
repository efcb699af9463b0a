#!/usr/bin/env python3
"""Writes the credmatch demo taxonomy (data/taxonomy/*.csv) in the shape of the ESCO v1.1.1 CSV
download: same file names and headers, URIs in the non-ESCO namespace urn:credmatch:demo:...

Everything here is self-written for demos and tests; it is NOT derived from the ESCO files.
Labels are in English, French and German. Run from anywhere: python3 data/taxonomy/make_demo.py
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
NS = "urn:credmatch:demo:"

# --- skill groups: (code, parent codes, en, fr, de, description) ------------------------------
GROUPS = [
    ("S", [], "skills", "aptitudes", "Fertigkeiten", "Root of the skills hierarchy."),
    ("K", [], "knowledge", "savoirs", "Wissen", "Root of the knowledge hierarchy (fields of education)."),
    ("T", [], "transversal skills and competences", "compétences transversales",
     "Querschnittskompetenzen", "Skills relevant to a broad range of occupations and sectors."),
    ("L", [], "language skills and knowledge", "compétences et connaissances linguistiques",
     "Sprachkenntnisse und -fertigkeiten", "Root of the language skills."),
    ("L1", ["L"], "languages", "langues", "Sprachen", "Using languages to communicate."),
    ("S1", ["S"], "communication, collaboration and creativity", "communication, collaboration et créativité",
     "Kommunikation, Zusammenarbeit und Kreativität", "Sharing information and working with others."),
    ("S1.1", ["S1"], "teaching and training", "enseigner et former", "Lehren und Ausbilden",
     "Helping others to learn."),
    ("S2", ["S"], "information skills", "compétences informationnelles", "Informationskompetenzen",
     "Collecting, recording and analysing information."),
    ("S3", ["S"], "assisting and caring", "assister et soigner", "Unterstützen und Pflegen",
     "Caring for people who need help."),
    ("S3.1", ["S3"], "providing health care or medical treatments",
     "fournir des soins de santé ou des traitements médicaux",
     "Gesundheitsversorgung oder medizinische Behandlungen erbringen", "Clinical and nursing care."),
    ("S4", ["S"], "management skills", "compétences en gestion", "Managementfähigkeiten",
     "Planning, organising and leading work."),
    ("S5", ["S"], "working with computers", "travailler avec des ordinateurs", "mit Computern arbeiten",
     "Using, programming and administering computer systems."),
    ("S5.1", ["S5"], "developing software", "développer des logiciels", "Software entwickeln",
     "Designing, writing and testing programs."),
    ("S5.2", ["S5", "S2"], "managing and analysing data", "gérer et analyser des données",
     "Daten verwalten und analysieren", "Storing, querying and analysing data."),
    ("S5.3", ["S5"], "setting up and protecting computer systems",
     "configurer et protéger des systèmes informatiques", "Computersysteme einrichten und schützen",
     "Installing, maintaining and securing computer systems."),
    ("S7", ["S"], "constructing", "construire", "Bauen", "Building and installing."),
    ("S7.1", ["S7"], "installing electrical and electronic equipment",
     "installer des équipements électriques et électroniques",
     "elektrische und elektronische Anlagen installieren", "Electrical installation work."),
    ("S8", ["S"], "working with machinery and specialised equipment",
     "travailler avec des machines et des équipements spécialisés",
     "mit Maschinen und Spezialausrüstung arbeiten", "Operating machines, vehicles and vessels."),
    ("S8.1", ["S8"], "operating watercraft", "conduire des bateaux", "Wasserfahrzeuge führen",
     "Navigating and running ships and boats."),
    ("S9", ["S"], "serving and hosting guests", "servir et accueillir des clients",
     "Gäste bedienen und betreuen", "Hospitality services."),
    ("T2", ["T"], "thinking skills and competences", "compétences de réflexion",
     "Denkfähigkeiten und -kompetenzen", "Thinking critically and solving problems."),
    ("T3", ["T"], "self-management skills and competences", "compétences d'autogestion",
     "Selbstmanagementkompetenzen", "Organising one's own work."),
    ("T4", ["T"], "social and communication skills and competences",
     "compétences sociales et de communication", "soziale und kommunikative Kompetenzen",
     "Working with and communicating with others."),
    ("01", ["K"], "education", "éducation", "Bildung", "Field of education: education."),
    ("0111", ["01"], "education science", "sciences de l'éducation", "Erziehungswissenschaft",
     "Theory and practice of teaching."),
    ("02", ["K"], "arts and humanities", "arts et lettres", "Geisteswissenschaften und Künste",
     "Field of education: arts and humanities."),
    ("0232", ["02"], "literature and linguistics", "littérature et linguistique",
     "Literatur und Linguistik", "The study of languages and of literature."),
    ("04", ["K"], "business, administration and law", "commerce, administration et droit",
     "Wirtschaft, Verwaltung und Recht", "Field of education: business, administration and law."),
    ("0413", ["04"], "management and administration", "gestion et administration",
     "Management und Verwaltung", "Running organisations and projects."),
    ("05", ["K"], "natural sciences, mathematics and statistics",
     "sciences naturelles, mathématiques et statistiques",
     "Naturwissenschaften, Mathematik und Statistik", "Field of education: sciences."),
    ("0542", ["05"], "statistics", "statistique", "Statistik", "Collecting and interpreting numerical data."),
    ("06", ["K"], "information and communication technologies (ICTs)",
     "technologies de l'information et de la communication (TIC)",
     "Informations- und Kommunikationstechnologien (IKT)", "Field of education: ICT."),
    ("0612", ["06"], "database and network design and administration",
     "conception et administration de bases de données et de réseaux",
     "Datenbank- und Netzwerkdesign und -verwaltung", "Databases and networks."),
    ("0613", ["06"], "software and applications development and analysis",
     "développement et analyse de logiciels et d'applications",
     "Software- und Anwendungsentwicklung und -analyse", "Programming and software engineering."),
    ("07", ["K"], "engineering, manufacturing and construction",
     "ingénierie, industries de transformation et construction",
     "Ingenieurwesen, verarbeitendes Gewerbe und Baugewerbe", "Field of education: engineering."),
    ("0713", ["07"], "electricity and energy", "électricité et énergie", "Elektrizität und Energie",
     "Electrical engineering and energy."),
    ("0732", ["07"], "building and civil engineering", "bâtiment et génie civil", "Hoch- und Tiefbau",
     "Construction of buildings and infrastructure."),
    ("09", ["K"], "health and welfare", "santé et protection sociale", "Gesundheit und Sozialwesen",
     "Field of education: health and welfare."),
    ("0913", ["09"], "nursing and midwifery", "soins infirmiers et obstétrique",
     "Krankenpflege und Geburtshilfe", "Nursing care."),
    ("10", ["K"], "services", "services", "Dienstleistungen", "Field of education: services."),
    ("1013", ["10"], "hotel, restaurants and catering", "hôtellerie, restauration et traiteur",
     "Hotel- und Gaststättengewerbe, Catering", "Hospitality."),
    ("1041", ["10"], "transport services", "services de transport", "Transportdienstleistungen",
     "Transport of people and goods, including shipping."),
]

# --- skills and knowledge ---------------------------------------------------------------------
# (slug, type s|k, reuse, parents (group codes or skill slugs), en, fr, de,
#  [en alt], [fr alt], [de alt], description)
T, C, SS, OS = "transversal", "cross-sector", "sector-specific", "occupation-specific"
SKILLS = [
    # software, databases, data analysis
    ("design-database-schemes", "s", SS, ["S5.2"], "design database schemes",
     "concevoir des schémas de base de données", "Datenbankschemata entwerfen",
     ["design database schema", "create database schemes", "plan database structure"],
     ["concevoir un schéma de base de données", "modéliser une base de données"],
     ["Datenbankschema entwerfen", "Datenbankstruktur planen"],
     "Plan the tables, keys, relations and constraints of a database so that data are stored "
     "without redundancy and can be queried efficiently."),
    ("use-sql", "s", SS, ["S5.2"], "use SQL", "utiliser SQL", "SQL verwenden",
     ["write SQL queries", "program in SQL", "query databases with SQL"],
     ["écrire des requêtes SQL", "interroger des bases de données en SQL"],
     ["SQL-Abfragen schreiben", "Datenbanken mit SQL abfragen"],
     "Write statements in SQL to create, read, update and delete data in relational databases."),
    ("manage-databases", "s", SS, ["S5.2"], "manage databases", "gérer des bases de données",
     "Datenbanken verwalten", ["administer databases", "database administration", "run databases"],
     ["administrer des bases de données", "administration de bases de données"],
     ["Datenbanken administrieren", "Datenbankadministration"],
     "Keep databases available, consistent and secure: users and rights, backups, performance "
     "tuning and upgrades."),
    ("normalise-data", "s", SS, ["S5.2"], "normalise data", "normaliser des données",
     "Daten normalisieren", ["normalize data", "perform database normalisation", "data normalisation"],
     ["normalisation des données", "normaliser une base de données"],
     ["Datennormalisierung", "Datenbank normalisieren"],
     "Reduce data to normal forms so that each fact is stored once and dependencies are explicit."),
    ("query-languages", "k", SS, ["0612"], "query languages", "langages de requête", "Abfragesprachen",
     ["database query languages", "data query languages"], ["langages d'interrogation de données"],
     ["Datenbankabfragesprachen"],
     "Computer languages for retrieving information from databases and for working with the "
     "retrieved documents."),
    ("sql", "k", SS, ["query-languages", "0612"], "SQL", "SQL", "SQL",
     ["Structured Query Language"], ["langage SQL"], ["Structured Query Language"],
     "The standard query language of relational database management systems."),
    ("nosql", "k", SS, ["query-languages"], "NoSQL", "NoSQL", "NoSQL",
     ["non-relational databases", "document databases"], ["bases de données non relationnelles"],
     ["nicht-relationale Datenbanken"],
     "Non-relational databases (document, key-value, graph, column stores) and their access languages."),
    ("data-models", "k", SS, ["0612"], "data models", "modèles de données", "Datenmodelle",
     ["data modelling techniques", "entity-relationship models"],
     ["techniques de modélisation des données", "modèles entité-association"],
     ["Datenmodellierungstechniken", "Entity-Relationship-Modelle"],
     "Techniques for structuring data elements and the relations between them, such as "
     "entity-relationship and relational models."),
    ("database-management-systems", "k", SS, ["0612"], "database management systems",
     "systèmes de gestion de bases de données", "Datenbankverwaltungssysteme",
     ["DBMS", "relational database management systems"], ["SGBD", "SGBD relationnels"],
     ["DBMS", "relationale Datenbanksysteme"],
     "Software for creating, updating and querying databases, such as relational and "
     "document database servers."),
    # humanities: a field far from the others, so that a literature course does not borrow a
    # data skill for want of its own ("Analyser un texte littéraire")
    ("analyse-literary-texts", "s", SS, ["0232"], "analyse literary texts",
     "analyser des textes littéraires", "literarische Texte analysieren",
     ["interpret literary works", "literary analysis"],
     ["analyse littéraire", "interpréter des œuvres littéraires"],
     ["Literaturanalyse", "literarische Werke interpretieren"],
     "Read and interpret literary works: their themes, forms and contexts."),
    ("comparative-literature", "k", SS, ["0232"], "comparative literature", "littérature comparée",
     "vergleichende Literaturwissenschaft",
     ["literary traditions"],
     ["traditions littéraires"],
     ["literarische Traditionen"],
     "The study of literature across languages, cultures and literary traditions."),
    ("analyse-data", "s", C, ["S5.2", "S2"], "analyse data", "analyser des données", "Daten analysieren",
     ["perform data analysis", "analyze data", "data analysis", "interpret data"],
     ["effectuer une analyse de données", "analyse de données", "interpréter des données"],
     ["Datenanalyse durchführen", "Datenanalyse", "Daten auswerten"],
     "Collect, clean and examine data to find patterns and support decisions."),
    ("clean-data", "s", SS, ["S5.2"], "perform data cleansing", "nettoyer des données",
     "Datenbereinigung durchführen", ["clean data", "data cleaning", "cleanse data"],
     ["nettoyage des données", "épurer des données"], ["Daten bereinigen", "Datenbereinigung"],
     "Detect and correct corrupt, duplicate or inconsistent records in data sets."),
    ("visualise-data", "s", C, ["S5.2"], "create data visualisations", "créer des visualisations de données",
     "Datenvisualisierungen erstellen", ["visualise data", "data visualisation", "create charts"],
     ["visualiser des données", "visualisation de données"],
     ["Daten visualisieren", "Datenvisualisierung"],
     "Present data as charts, maps and dashboards that make patterns visible."),
    ("statistics", "k", C, ["0542"], "statistics", "statistiques", "Statistik",
     ["statistical methods"], ["méthodes statistiques"], ["statistische Methoden"],
     "The collection, analysis, interpretation and presentation of numerical data."),
    ("apply-statistical-analysis", "s", C, ["S5.2"], "apply statistical analysis techniques",
     "appliquer des techniques d'analyse statistique", "statistische Analysetechniken anwenden",
     ["perform statistical analysis", "use statistical models"],
     ["effectuer des analyses statistiques"], ["statistische Analysen durchführen"],
     "Use descriptive and inferential statistics and models to analyse data."),
    ("data-mining", "k", SS, ["0613", "0542"], "data mining", "exploration de données", "Data-Mining",
     ["knowledge discovery in databases"], ["fouille de données"], ["Datenschürfung"],
     "Methods from statistics, machine learning and databases for extracting patterns from large "
     "data sets."),
    ("machine-learning", "k", SS, ["0613"], "machine learning", "apprentissage automatique",
     "maschinelles Lernen", ["ML", "statistical learning"], ["apprentissage machine"],
     ["Machine Learning"],
     "Algorithms that learn models from data to make predictions or decisions."),
    ("write-code", "s", SS, ["S5.1"], "write computer code", "écrire du code informatique",
     "Computercode schreiben", ["program software", "code software", "write programs"],
     ["programmer des logiciels", "coder"], ["Software programmieren", "programmieren"],
     "Write, read and debug source code that implements a specification."),
    ("computer-programming", "k", SS, ["0613"], "computer programming", "programmation informatique",
     "Computerprogrammierung", ["programming", "software programming"], ["programmation"],
     ["Programmierung"],
     "Principles and techniques of software development: analysis, algorithms, coding, testing "
     "and compiling."),
    ("python", "k", SS, ["computer-programming", "0613"], "Python (computer programming)",
     "Python (programmation informatique)", "Python (Computerprogrammierung)",
     ["Python", "Python 3"], ["Python"], ["Python"],
     "Programming in the Python language: syntax, standard library and common packages."),
    ("java", "k", SS, ["computer-programming", "0613"], "Java (computer programming)",
     "Java (programmation informatique)", "Java (Computerprogrammierung)", ["Java"], ["Java"], ["Java"],
     "Programming in the Java language and its virtual machine."),
    ("javascript", "k", SS, ["computer-programming", "0613"], "JavaScript", "JavaScript", "JavaScript",
     ["ECMAScript", "JS"], ["ECMAScript"], ["ECMAScript"],
     "Programming in JavaScript for web browsers and servers."),
    ("algorithms", "k", SS, ["0613"], "algorithms", "algorithmique", "Algorithmen",
     ["data structures and algorithms"], ["algorithmes", "structures de données et algorithmes"],
     ["Datenstrukturen und Algorithmen"],
     "Step-by-step procedures for solving computational problems and their efficiency."),
    ("object-oriented-modelling", "k", SS, ["0613"], "object-oriented modelling",
     "modélisation orientée objet", "objektorientierte Modellierung",
     ["object-oriented design", "UML modelling"], ["conception orientée objet"],
     ["objektorientierter Entwurf"],
     "Describing software as classes, objects and their relations."),
    ("test-software", "s", SS, ["S5.1"], "perform software tests", "effectuer des tests logiciels",
     "Softwaretests durchführen", ["test software", "software testing"], ["tester des logiciels"],
     ["Software testen"],
     "Check that software meets its requirements and find defects with planned tests."),
    ("use-version-control", "s", SS, ["S5.1"], "use version control systems",
     "utiliser un système de gestion de versions", "Versionsverwaltung verwenden",
     ["use Git", "manage source code versions"], ["utiliser Git"], ["Git verwenden"],
     "Record and merge changes to source code with a version control system."),
    ("define-software-architecture", "s", SS, ["S5.1"], "define software architecture",
     "définir l'architecture logicielle", "Softwarearchitektur definieren",
     ["design software architecture"], ["concevoir l'architecture logicielle"],
     ["Softwarearchitektur entwerfen"],
     "Decide the components of a software system, their interfaces and interactions."),
    ("develop-web-applications", "s", SS, ["S5.1"], "develop web applications",
     "développer des applications web", "Webanwendungen entwickeln",
     ["build web applications", "web development"], ["développement web"], ["Webentwicklung"],
     "Build applications that run in a web browser and on web servers."),
    ("apply-ict-security-policies", "s", C, ["S5.3"], "apply ICT security policies",
     "appliquer les politiques de sécurité des TIC", "IKT-Sicherheitsrichtlinien anwenden",
     ["follow information security policies"], ["respecter les politiques de sécurité informatique"],
     ["Informationssicherheitsrichtlinien befolgen"],
     "Follow the rules that protect computers, networks and data against unauthorised access."),
    ("install-software", "s", C, ["S5.3"], "install software", "installer des logiciels",
     "Software installieren", ["set up software"], ["mettre en place des logiciels"],
     ["Software einrichten"], "Install and configure programs on computers."),
    ("perform-backups", "s", C, ["S5.3"], "perform backups", "effectuer des sauvegardes",
     "Datensicherungen durchführen", ["back up data", "make backups"], ["sauvegarder des données"],
     ["Daten sichern"], "Copy data regularly so that they can be restored after a loss."),
    ("use-spreadsheets", "s", C, ["S5.2"], "use spreadsheets software", "utiliser un tableur",
     "Tabellenkalkulationssoftware verwenden", ["use spreadsheets", "work with spreadsheets"],
     ["utiliser des feuilles de calcul"], ["Tabellenkalkulation verwenden"],
     "Organise, calculate and chart tabular data with spreadsheet software."),
    ("cloud-technologies", "k", SS, ["0612"], "cloud technologies", "technologies cloud",
     "Cloud-Technologien", ["cloud computing"], ["informatique en nuage"], ["Cloud Computing"],
     "Services that provide computing, storage and networks over the internet on demand."),
    # nursing and health care
    ("administer-medication", "s", SS, ["S3.1"], "administer medication", "administrer des médicaments",
     "Medikamente verabreichen", ["give medication", "administer drugs"],
     ["donner des médicaments"], ["Arzneimittel verabreichen"],
     "Give patients prescribed medicines in the right dose, route and time, and record it."),
    ("monitor-vital-signs", "s", SS, ["S3.1"], "monitor patients' vital signs",
     "surveiller les signes vitaux des patients", "Vitalzeichen von Patienten überwachen",
     ["check vital signs", "measure vital signs"], ["contrôler les signes vitaux"],
     ["Vitalparameter messen"],
     "Measure and record temperature, pulse, breathing and blood pressure and report changes."),
    ("provide-nursing-care", "s", OS, ["S3.1"], "provide nursing care", "dispenser des soins infirmiers",
     "pflegerische Versorgung leisten", ["deliver nursing care", "nurse patients"],
     ["prodiguer des soins infirmiers"], ["Patienten pflegen"],
     "Plan, give and evaluate nursing care for patients."),
    ("apply-infection-control", "s", SS, ["S3.1"], "apply infection control measures",
     "appliquer des mesures de contrôle des infections", "Maßnahmen zur Infektionskontrolle anwenden",
     ["prevent infections", "follow infection control procedures"],
     ["prévenir les infections"], ["Infektionen vorbeugen"],
     "Use hand hygiene, protective equipment and isolation to stop infections from spreading."),
    ("administer-first-aid", "s", C, ["S3.1"], "administer first aid", "administrer les premiers secours",
     "Erste Hilfe leisten", ["give first aid", "provide first aid"], ["porter secours"],
     ["Ersthilfe leisten"],
     "Give immediate care to an injured or ill person until professional help arrives."),
    ("maintain-patient-records", "s", SS, ["S3.1", "S2"], "maintain patient records",
     "tenir à jour les dossiers des patients", "Patientenakten führen",
     ["keep patient records", "document patient care"], ["documenter les soins"],
     ["Pflegedokumentation führen"],
     "Record observations, treatments and care plans accurately and confidentially."),
    ("communicate-with-patients", "s", SS, ["S3.1", "S1"], "communicate with patients",
     "communiquer avec les patients", "mit Patienten kommunizieren",
     ["talk to patients", "inform patients"], ["informer les patients"], ["Patienten informieren"],
     "Explain care and treatment to patients and relatives in a clear and respectful way."),
    ("support-daily-activities", "s", SS, ["S3.1"], "support patients with activities of daily living",
     "aider les patients dans les activités de la vie quotidienne",
     "Patienten bei Aktivitäten des täglichen Lebens unterstützen",
     ["help patients with daily living"], ["assister les patients au quotidien"],
     ["bei der Grundpflege unterstützen"],
     "Help patients to wash, dress, eat and move according to their needs."),
    ("treat-wounds", "s", OS, ["S3.1"], "treat wounds", "soigner des plaies", "Wunden versorgen",
     ["dress wounds", "wound care"], ["panser des plaies"], ["Wundversorgung"],
     "Clean, dress and monitor wounds to help them heal."),
    ("pharmacology", "k", SS, ["0913"], "pharmacology", "pharmacologie", "Pharmakologie",
     ["drug therapy"], ["pharmacothérapie"], ["Arzneimitteltherapie"],
     "How medicines act on the body, their doses, interactions and side effects."),
    ("anatomy", "k", SS, ["0913"], "human anatomy", "anatomie humaine", "Anatomie des Menschen",
     ["anatomy"], ["anatomie"], ["Anatomie"], "The structure of the human body and its organs."),
    ("nursing-science", "k", OS, ["0913"], "nursing science", "sciences infirmières", "Pflegewissenschaft",
     ["nursing theory"], ["théorie des soins infirmiers"], ["Pflegetheorie"],
     "Theories, models and evidence that guide nursing practice."),
    ("hygiene-health-care", "k", SS, ["0913"], "hygiene in a health care setting",
     "hygiène en milieu de soins", "Hygiene im Gesundheitswesen",
     ["infection prevention"], ["prévention des infections"], ["Infektionsprävention"],
     "Procedures that keep a health care environment clean and prevent infections."),
    # maritime and ship operations
    ("maintain-ship-logs", "s", OS, ["S8.1", "S2"], "maintain ship logs", "tenir les journaux de bord du navire",
     "Schiffstagebücher führen", ["keep ship logs", "keep the logbook"],
     ["tenir le livre de bord"], ["Logbuch führen"],
     "Record the events, positions, watches and operations of a ship in its official logs."),
    ("maintain-voyage-logs", "s", OS, ["S8.1", "S2"], "maintain voyage logs", "tenir les journaux de voyage",
     "Reisetagebücher führen", ["keep voyage logs", "record voyage data"],
     ["consigner les données du voyage"], ["Reisedaten aufzeichnen"],
     "Record the course, speed, weather and incidents of a voyage."),
    ("steer-vessels", "s", OS, ["S8.1"], "steer vessels", "gouverner des navires", "Schiffe steuern",
     ["navigate vessels", "pilot ships"], ["piloter des navires"], ["Schiffe navigieren"],
     "Keep a vessel on its course with the helm and navigation aids."),
    ("maintain-navigation-watch", "s", OS, ["S8.1"], "maintain safe navigation watches",
     "assurer des quarts de navigation en toute sécurité", "sichere Navigationswachen gehen",
     ["keep a navigational watch", "stand watch"], ["assurer le quart"], ["Wache gehen"],
     "Keep a lookout, follow the passage plan and respond to traffic and hazards during a watch."),
    ("use-maritime-english", "s", SS, ["S8.1", "L1"], "use maritime English", "utiliser l'anglais maritime",
     "maritimes Englisch verwenden", ["communicate in maritime English"],
     ["communiquer en anglais maritime"], ["auf Seeenglisch kommunizieren"],
     "Use the standard English phrases of ship-to-ship and ship-to-shore communication."),
    ("operate-marine-engines", "s", OS, ["S8.1"], "operate marine engines", "faire fonctionner des moteurs marins",
     "Schiffsmotoren bedienen", ["run ship engines"], ["conduire les machines du navire"],
     ["Schiffsantrieb bedienen"], "Start, run, monitor and stop the propulsion engines of a vessel."),
    ("moor-vessels", "s", OS, ["S8.1"], "moor vessels", "amarrer des navires", "Schiffe festmachen",
     ["berth vessels", "tie up ships"], ["accoster des navires"], ["Schiffe anlegen"],
     "Secure a vessel to a quay or buoy with lines, following mooring procedures."),
    ("conduct-emergency-drills", "s", SS, ["S8.1"], "conduct emergency drills on board",
     "organiser des exercices d'urgence à bord", "Notfallübungen an Bord durchführen",
     ["run safety drills"], ["organiser des exercices de sécurité"], ["Sicherheitsübungen durchführen"],
     "Organise fire, abandon-ship and man-overboard drills and evaluate them."),
    ("maritime-law", "k", SS, ["1041"], "maritime law", "droit maritime", "Seerecht",
     ["law of the sea"], ["droit de la mer"], ["Seevölkerrecht"],
     "National and international law on ships, shipping and the sea."),
    ("collision-regulations", "k", OS, ["1041"], "international regulations for preventing collisions at sea",
     "règlement international pour prévenir les abordages en mer",
     "Internationale Regeln zur Verhütung von Zusammenstößen auf See", ["COLREG"], ["RIPAM"],
     ["KVR"], "The rules of the road at sea: lights, signals and steering rules."),
    ("ship-stability", "k", OS, ["1041"], "ship stability", "stabilité du navire", "Schiffsstabilität",
     ["vessel stability"], ["stabilité des navires"], ["Stabilität von Schiffen"],
     "How loading, ballast and trim affect the stability of a vessel."),
    # hospitality
    ("welcome-guests", "s", SS, ["S9"], "welcome guests", "accueillir les clients", "Gäste begrüßen",
     ["greet guests", "receive guests"], ["recevoir les clients"], ["Gäste empfangen"],
     "Greet guests in a friendly way when they arrive."),
    ("handle-complaints", "s", C, ["S9", "T4"], "handle customer complaints",
     "traiter les réclamations des clients", "Kundenbeschwerden bearbeiten",
     ["deal with complaints", "manage customer complaints"], ["gérer les plaintes des clients"],
     ["mit Beschwerden umgehen"], "Listen to complaints, find a solution and follow it up."),
    ("process-reservations", "s", SS, ["S9"], "process reservations", "traiter les réservations",
     "Reservierungen bearbeiten", ["handle bookings", "take reservations"],
     ["gérer les réservations"], ["Buchungen bearbeiten"],
     "Record, change and confirm bookings in a reservation system."),
    ("serve-food-beverages", "s", SS, ["S9"], "serve food and beverages", "servir des aliments et des boissons",
     "Speisen und Getränke servieren", ["serve meals", "serve drinks"], ["faire le service en salle"],
     ["Service am Tisch"], "Bring food and drinks to guests following service standards."),
    ("check-in-guests", "s", OS, ["S9"], "check in guests", "enregistrer l'arrivée des clients",
     "Gäste einchecken", ["register guests"], ["enregistrer les clients"], ["Gäste anmelden"],
     "Register arriving guests, assign rooms and hand over keys."),
    ("plan-menus", "s", SS, ["S9"], "plan menus", "planifier les menus", "Menüs planen",
     ["design menus"], ["élaborer des menus"], ["Speisekarten gestalten"],
     "Choose dishes for a menu considering season, costs and guests."),
    ("comply-food-safety", "s", C, ["S9"], "comply with food safety and hygiene",
     "respecter la sécurité alimentaire et l'hygiène", "Lebensmittelsicherheit und Hygiene einhalten",
     ["follow food hygiene rules"], ["appliquer les règles d'hygiène alimentaire"],
     ["Hygienevorschriften einhalten"],
     "Handle, store and serve food in line with safety and hygiene rules."),
    ("food-hygiene-rules", "k", SS, ["1013"], "food hygiene rules", "règles d'hygiène alimentaire",
     "Lebensmittelhygienevorschriften", ["HACCP"], ["HACCP"], ["HACCP"],
     "Rules and hazard analysis methods that keep food safe."),
    ("hospitality-services", "k", SS, ["1013"], "hospitality services", "services d'hôtellerie",
     "Dienstleistungen im Gastgewerbe", ["hotel services"], ["services hôteliers"], ["Hoteldienstleistungen"],
     "The services of hotels and restaurants and how they are organised."),
    # construction and electrical
    ("install-electrical-wiring", "s", OS, ["S7.1"], "install electrical wiring", "installer le câblage électrique",
     "elektrische Leitungen verlegen", ["lay electrical cables", "wire buildings"],
     ["poser des câbles électriques"], ["Kabel verlegen"],
     "Lay and connect cables, switches and sockets in buildings according to plans and standards."),
    ("test-electrical-equipment", "s", SS, ["S7.1"], "test electrical equipment",
     "tester des équipements électriques", "elektrische Geräte prüfen",
     ["inspect electrical installations"], ["contrôler des installations électriques"],
     ["elektrische Anlagen prüfen"],
     "Measure insulation, continuity and protective devices to check electrical safety."),
    ("read-blueprints", "s", C, ["S7"], "read standard blueprints", "lire des plans standard",
     "Standardbaupläne lesen", ["read drawings", "interpret blueprints"], ["lire des plans"],
     ["Pläne lesen"], "Understand technical drawings and plans of buildings and installations."),
    ("construction-safety", "s", SS, ["S7"], "follow health and safety procedures in construction",
     "appliquer les procédures de santé et de sécurité dans la construction",
     "Gesundheits- und Sicherheitsverfahren im Bauwesen befolgen",
     ["work safely on construction sites"], ["travailler en sécurité sur les chantiers"],
     ["sicher auf Baustellen arbeiten"],
     "Apply the safety rules of construction sites to prevent accidents."),
    ("install-solar-panels", "s", OS, ["S7.1"], "install solar panels", "installer des panneaux solaires",
     "Solarmodule installieren", ["install photovoltaic systems"],
     ["installer des systèmes photovoltaïques"], ["Photovoltaikanlagen installieren"],
     "Mount photovoltaic panels and connect them to inverters and the electrical system."),
    ("use-measurement-instruments", "s", C, ["S7"], "use measurement instruments",
     "utiliser des instruments de mesure", "Messgeräte verwenden", ["use measuring tools"],
     ["utiliser des appareils de mesure"], ["Messinstrumente benutzen"],
     "Measure length, voltage, current and other quantities with suitable instruments."),
    ("electricity", "k", SS, ["0713"], "electricity", "électricité", "Elektrizität",
     ["electrical engineering principles"], ["principes de l'électrotechnique"],
     ["Grundlagen der Elektrotechnik"], "Electric current, voltage, power and circuits."),
    ("wiring-diagrams", "k", OS, ["0713"], "electrical wiring diagrams", "schémas de câblage électrique",
     "Schaltpläne", ["circuit diagrams"], ["schémas électriques"], ["Stromlaufpläne"],
     "Drawings that show the components of a circuit and their connections."),
    ("building-codes", "k", SS, ["0732"], "building codes", "codes du bâtiment", "Bauvorschriften",
     ["construction regulations"], ["réglementation de la construction"], ["Bauordnung"],
     "Rules for the design and construction of buildings."),
    ("solar-energy", "k", C, ["0713"], "solar energy", "énergie solaire", "Solarenergie",
     ["photovoltaics"], ["photovoltaïque"], ["Photovoltaik"],
     "Energy from the sun used for electricity and heat."),
    # teaching
    ("apply-teaching-strategies", "s", SS, ["S1.1"], "apply teaching strategies",
     "appliquer des stratégies d'enseignement", "Lehrstrategien anwenden",
     ["use teaching methods"], ["utiliser des méthodes pédagogiques"], ["Lehrmethoden einsetzen"],
     "Choose and use methods that help learners reach the learning outcomes."),
    ("assess-students", "s", SS, ["S1.1"], "assess students", "évaluer les élèves", "Schüler beurteilen",
     ["evaluate students", "grade students"], ["noter les élèves"], ["Schüler bewerten"],
     "Evaluate learners' progress with tests, assignments and observation."),
    ("prepare-lesson-content", "s", OS, ["S1.1"], "prepare lesson content", "préparer le contenu des cours",
     "Unterrichtsinhalte vorbereiten", ["prepare lessons"], ["préparer des leçons"],
     ["Unterricht vorbereiten"], "Draft exercises, examples and material for lessons."),
    ("manage-classroom", "s", OS, ["S1.1"], "perform classroom management", "gérer une classe",
     "Klassenführung ausüben", ["manage a classroom"], ["tenir une classe"], ["Klasse führen"],
     "Keep discipline and engage learners during lessons."),
    ("develop-course-outline", "s", SS, ["S1.1"], "develop course outline", "élaborer le plan de cours",
     "Kursplan entwickeln", ["design a course", "plan a course"], ["concevoir un cours"],
     ["Kurs planen"], "Plan the objectives, content, sequence and assessment of a course."),
    ("give-feedback", "s", T, ["T4", "S1.1"], "give constructive feedback", "donner un retour constructif",
     "konstruktives Feedback geben", ["provide feedback"], ["faire un retour"], ["Rückmeldung geben"],
     "Tell others what went well and what to improve, in a respectful way."),
    ("pedagogy", "k", SS, ["0111"], "pedagogy", "pédagogie", "Pädagogik", ["didactics"],
     ["didactique"], ["Didaktik"], "The theory and practice of teaching and learning."),
    ("curriculum-objectives", "k", OS, ["0111"], "curriculum objectives", "objectifs du programme d'études",
     "Lehrplanziele", ["learning outcomes of a curriculum"], ["acquis d'apprentissage du programme"],
     ["Lernziele des Lehrplans"], "The goals and learning outcomes a curriculum sets."),
    ("assessment-processes", "k", SS, ["0111"], "assessment processes", "processus d'évaluation",
     "Beurteilungsverfahren", ["assessment methods"], ["méthodes d'évaluation"], ["Prüfungsmethoden"],
     "Formative and summative assessment techniques and their use."),
    # management, communication and transversal
    ("work-in-teams", "s", T, ["T4"], "work in teams", "travailler en équipe", "im Team arbeiten",
     ["teamwork", "collaborate with colleagues"], ["collaborer avec des collègues"],
     ["Teamarbeit", "mit Kollegen zusammenarbeiten"],
     "Cooperate with others towards a shared goal."),
    ("solve-problems", "s", T, ["T2"], "solve problems", "résoudre des problèmes", "Probleme lösen",
     ["problem solving", "find solutions"], ["résolution de problèmes"], ["Problemlösung"],
     "Find, analyse and fix problems in a systematic way."),
    ("think-critically", "s", T, ["T2"], "think critically", "faire preuve d'esprit critique",
     "kritisch denken", ["critical thinking"], ["esprit critique"], ["kritisches Denken"],
     "Question assumptions and weigh evidence before drawing conclusions."),
    ("manage-time", "s", T, ["T3"], "manage time", "gérer son temps", "Zeit einteilen",
     ["time management", "plan one's time"], ["gestion du temps"], ["Zeitmanagement"],
     "Plan and order tasks so that work is done on time."),
    ("show-initiative", "s", T, ["T3"], "show initiative", "faire preuve d'initiative",
     "Eigeninitiative zeigen", ["take the initiative"], ["prendre des initiatives"],
     ["die Initiative ergreifen"], "Act proactively without waiting for instructions."),
    ("communicate-with-customers", "s", C, ["S1", "S9"], "communicate with customers",
     "communiquer avec les clients", "mit Kunden kommunizieren", ["talk to customers"],
     ["dialoguer avec les clients"], ["Kundenkommunikation"],
     "Respond to customers' questions and needs clearly and politely."),
    ("deliver-presentations", "s", C, ["S1"], "deliver presentations", "faire des présentations",
     "Präsentationen halten", ["give presentations", "present information"],
     ["présenter des informations"], ["Informationen präsentieren"],
     "Present information to an audience in a structured and engaging way."),
    ("write-reports", "s", C, ["S1", "S2"], "write work-related reports", "rédiger des rapports liés au travail",
     "arbeitsbezogene Berichte verfassen", ["write reports"], ["rédiger des rapports"],
     ["Berichte schreiben"], "Write clear reports on work results for colleagues and managers."),
    ("manage-team", "s", C, ["S4"], "manage a team", "gérer une équipe", "ein Team leiten",
     ["lead a team", "supervise staff"], ["diriger une équipe"], ["Mitarbeiter führen"],
     "Plan, assign and supervise the work of a team and develop its members."),
    ("project-management-skill", "s", C, ["S4"], "perform project management",
     "assurer la gestion de projets", "Projektmanagement durchführen",
     ["manage projects", "run projects"], ["gérer des projets"], ["Projekte leiten"],
     "Plan and control the scope, schedule, budget and quality of projects."),
    ("manage-budgets", "s", C, ["S4"], "manage budgets", "gérer des budgets", "Budgets verwalten",
     ["control budgets"], ["contrôler des budgets"], ["Budgets kontrollieren"],
     "Plan, monitor and report on a budget."),
    ("project-management", "k", C, ["0413"], "project management", "gestion de projet",
     "Projektmanagement", ["project management methods"], ["méthodes de gestion de projet"],
     ["Projektmanagementmethoden"], "Methods for planning and running projects."),
    ("understand-written-english", "s", T, ["L1"], "understand written English", "comprendre l'anglais écrit",
     "geschriebenes Englisch verstehen", ["read English"], ["lire l'anglais"], ["Englisch lesen"],
     "Read and understand texts written in English."),
    ("speak-french", "s", T, ["L1"], "speak French", "parler français", "Französisch sprechen",
     ["communicate orally in French"], ["s'exprimer en français"], ["sich auf Französisch verständigen"],
     "Communicate orally in French."),
]

# --- skill-skill relations: (original, relation type, related) -------------------------------
SKILL_SKILL = [
    ("use-sql", "essential", "sql"),
    ("use-sql", "optional", "query-languages"),
    ("design-database-schemes", "essential", "data-models"),
    ("design-database-schemes", "optional", "normalise-data"),
    ("normalise-data", "essential", "data-models"),
    ("manage-databases", "essential", "database-management-systems"),
    ("manage-databases", "optional", "perform-backups"),
    ("analyse-data", "essential", "statistics"),
    ("analyse-data", "optional", "data-mining"),
    ("apply-statistical-analysis", "essential", "statistics"),
    ("visualise-data", "optional", "analyse-data"),
    ("clean-data", "optional", "analyse-data"),
    ("write-code", "essential", "computer-programming"),
    ("write-code", "optional", "algorithms"),
    ("define-software-architecture", "essential", "object-oriented-modelling"),
    ("develop-web-applications", "optional", "javascript"),
    ("administer-medication", "essential", "pharmacology"),
    ("apply-infection-control", "essential", "hygiene-health-care"),
    ("provide-nursing-care", "essential", "nursing-science"),
    ("monitor-vital-signs", "optional", "anatomy"),
    ("maintain-navigation-watch", "essential", "collision-regulations"),
    ("steer-vessels", "essential", "collision-regulations"),
    ("maintain-ship-logs", "optional", "maritime-law"),
    ("comply-food-safety", "essential", "food-hygiene-rules"),
    ("install-electrical-wiring", "essential", "wiring-diagrams"),
    ("install-electrical-wiring", "optional", "building-codes"),
    ("test-electrical-equipment", "essential", "electricity"),
    ("install-solar-panels", "essential", "solar-energy"),
    ("assess-students", "essential", "assessment-processes"),
    ("apply-teaching-strategies", "essential", "pedagogy"),
    ("develop-course-outline", "essential", "curriculum-objectives"),
    ("project-management-skill", "essential", "project-management"),
]

# --- ISCO-08 groups used by the demo occupations: (code, en, fr, de) --------------------------
ISCO = [
    ("1", "Managers", "Directeurs, cadres de direction et gérants", "Führungskräfte"),
    ("12", "Administrative and commercial managers", "Directeurs de services administratifs et commerciaux",
     "Führungskräfte in der Verwaltung und im kaufmännischen Bereich"),
    ("121", "Business services and administration managers",
     "Directeurs de services administratifs", "Führungskräfte im Bereich Unternehmensdienstleistungen"),
    ("1219", "Business services and administration managers not elsewhere classified",
     "Directeurs de services administratifs non classés ailleurs",
     "Führungskräfte im Bereich Unternehmensdienstleistungen, anderweitig nicht genannt"),
    ("2", "Professionals", "Professions intellectuelles et scientifiques", "Akademische Berufe"),
    ("22", "Health professionals", "Spécialistes de la santé", "Akademische und verwandte Gesundheitsberufe"),
    ("222", "Nursing and midwifery professionals", "Cadres infirmiers et sages-femmes",
     "Akademische und vergleichbare Krankenpflege- und Geburtshilfefachkräfte"),
    ("2221", "Nursing professionals", "Cadres infirmiers", "Akademische Krankenpflegefachkräfte"),
    ("23", "Teaching professionals", "Spécialistes de l'enseignement", "Lehrkräfte"),
    ("233", "Secondary education teachers", "Professeurs, enseignement secondaire",
     "Lehrkräfte im Sekundarbereich"),
    ("2330", "Secondary education teachers", "Professeurs, enseignement secondaire",
     "Lehrkräfte im Sekundarbereich"),
    ("25", "Information and communications technology professionals",
     "Spécialistes des technologies de l'information et des communications",
     "Akademische und vergleichbare Fachkräfte in der Informations- und Kommunikationstechnologie"),
    ("251", "Software and applications developers and analysts",
     "Concepteurs et analystes de logiciels et de multimédia",
     "Entwickler und Analytiker von Software und Anwendungen"),
    ("2511", "Systems analysts", "Analystes de systèmes", "Systemanalytiker"),
    ("2512", "Software developers", "Concepteurs de logiciels", "Softwareentwickler"),
    ("252", "Database and network professionals", "Spécialistes des bases de données et des réseaux",
     "Akademische und vergleichbare Fachkräfte für Datenbanken und Netzwerke"),
    ("2521", "Database designers and administrators", "Concepteurs et administrateurs de bases de données",
     "Datenbankentwickler und -administratoren"),
    ("3", "Technicians and associate professionals", "Professions intermédiaires",
     "Techniker und gleichrangige nichttechnische Berufe"),
    ("31", "Science and engineering associate professionals",
     "Professions intermédiaires des sciences et techniques",
     "Ingenieurtechnische und vergleichbare Fachkräfte"),
    ("315", "Ship and aircraft controllers and technicians",
     "Contrôleurs et techniciens des moyens de transport maritime et aérien",
     "Schiffs- und Flugzeugführer und verwandte Berufe"),
    ("3152", "Ships' deck officers and pilots", "Officiers de pont et pilotes",
     "Decksoffiziere und Lotsen"),
    ("4", "Clerical support workers", "Employés de type administratif", "Bürokräfte und verwandte Berufe"),
    ("42", "Customer services clerks", "Employés en contact direct avec le public",
     "Bürokräfte mit Kundenkontakt"),
    ("422", "Client information workers", "Employés chargés d'informer la clientèle",
     "Bürokräfte im Bereich Kundeninformation"),
    ("4224", "Hotel receptionists", "Réceptionnistes d'hôtel", "Empfangskräfte in Hotels"),
    ("5", "Service and sales workers", "Personnel des services directs aux particuliers, commerçants et vendeurs",
     "Dienstleistungsberufe und Verkäufer"),
    ("51", "Personal service workers", "Personnel des services directs aux particuliers",
     "Berufe im Bereich personenbezogener Dienstleistungen"),
    ("513", "Waiters and bartenders", "Serveurs et barmen", "Kellner und Barkeeper"),
    ("5131", "Waiters", "Serveurs", "Kellner"),
    ("7", "Craft and related trades workers", "Métiers qualifiés de l'industrie et de l'artisanat",
     "Handwerks- und verwandte Berufe"),
    ("74", "Electrical and electronic trades workers",
     "Métiers de l'électricité et de l'électrotechnique",
     "Elektriker und Elektroniker"),
    ("741", "Electrical equipment installers and repairers",
     "Installateurs et réparateurs d'équipements électriques",
     "Installateure und Mechaniker für elektrische Anlagen"),
    ("7411", "Building and related electricians", "Électriciens du bâtiment et assimilés",
     "Elektroinstallateure und verwandte Berufe"),
]

# --- occupations: (slug, ISCO unit code, code, en, fr, de, [en alt], [fr alt], [de alt],
#                   description, [(relation type, skill slug)]) ------------------------------------
OCCUPATIONS = [
    ("database-administrator", "2521", "2521.1", "database administrator", "administrateur de bases de données/administratrice de bases de données",
     "Datenbankadministrator/Datenbankadministratorin", ["DBA", "database manager"],
     ["administrateur de bases de données", "administratrice de bases de données"],
     ["Datenbankadministrator", "Datenbankadministratorin"],
     "Database administrators design, run, secure and tune the databases of an organisation.",
     [("essential", "manage-databases"), ("essential", "design-database-schemes"),
      ("essential", "use-sql"), ("essential", "database-management-systems"),
      ("essential", "perform-backups"), ("essential", "apply-ict-security-policies"),
      ("optional", "normalise-data"), ("optional", "query-languages"), ("optional", "nosql"),
      ("optional", "cloud-technologies"), ("optional", "solve-problems")]),
    ("data-analyst", "2511", "2511.3", "data analyst", "analyste de données", "Datenanalyst/Datenanalystin",
     ["data analytics specialist"], ["analyste de données"], ["Datenanalyst", "Datenanalystin"],
     "Data analysts collect, clean, analyse and visualise data to support decisions.",
     [("essential", "analyse-data"), ("essential", "clean-data"), ("essential", "visualise-data"),
      ("essential", "apply-statistical-analysis"), ("essential", "statistics"), ("essential", "use-sql"),
      ("optional", "data-mining"), ("optional", "machine-learning"), ("optional", "python"),
      ("optional", "use-spreadsheets"), ("optional", "write-reports"), ("optional", "think-critically")]),
    ("software-developer", "2512", "2512.4", "software developer", "développeur de logiciels/développeuse de logiciels",
     "Softwareentwickler/Softwareentwicklerin", ["programmer", "software engineer"],
     ["programmeur", "programmeuse", "ingénieur logiciel"], ["Programmierer", "Programmiererin"],
     "Software developers design, write and test computer programs.",
     [("essential", "write-code"), ("essential", "computer-programming"), ("essential", "test-software"),
      ("essential", "use-version-control"), ("essential", "algorithms"),
      ("optional", "define-software-architecture"), ("optional", "python"), ("optional", "java"),
      ("optional", "javascript"), ("optional", "develop-web-applications"), ("optional", "use-sql"),
      ("optional", "work-in-teams")]),
    ("general-nurse", "2221", "2221.1", "nurse responsible for general care", "infirmier en soins généraux/infirmière en soins généraux",
     "Gesundheits- und Krankenpfleger/Gesundheits- und Krankenpflegerin", ["general nurse", "registered nurse"],
     ["infirmier", "infirmière"], ["Krankenpfleger", "Krankenschwester", "Pflegefachkraft"],
     "Nurses plan and give care to sick, injured and disabled people and promote health.",
     [("essential", "provide-nursing-care"), ("essential", "administer-medication"),
      ("essential", "monitor-vital-signs"), ("essential", "apply-infection-control"),
      ("essential", "maintain-patient-records"), ("essential", "communicate-with-patients"),
      ("essential", "nursing-science"), ("essential", "pharmacology"),
      ("optional", "treat-wounds"), ("optional", "administer-first-aid"),
      ("optional", "support-daily-activities"), ("optional", "work-in-teams")]),
    ("deck-officer", "3152", "3152.1", "deck officer", "officier de pont/officière de pont",
     "Decksoffizier/Decksoffizierin", ["ship's officer", "mate"], ["officier de navigation"],
     ["nautischer Offizier"],
     "Deck officers keep navigation watches, steer the ship and keep its logs.",
     [("essential", "maintain-navigation-watch"), ("essential", "steer-vessels"),
      ("essential", "maintain-ship-logs"), ("essential", "use-maritime-english"),
      ("essential", "collision-regulations"), ("essential", "ship-stability"),
      ("optional", "maintain-voyage-logs"), ("optional", "moor-vessels"),
      ("optional", "conduct-emergency-drills"), ("optional", "maritime-law"),
      ("optional", "administer-first-aid")]),
    ("ship-engineer", "3152", "3152.2", "marine engineering officer", "officier mécanicien/officière mécanicienne",
     "Schiffsingenieur/Schiffsingenieurin", ["ship engineer"], ["mécanicien de marine"],
     ["Schiffsmaschinist"],
     "Marine engineering officers run and maintain the engines and technical systems of ships.",
     [("essential", "operate-marine-engines"), ("essential", "maintain-ship-logs"),
      ("essential", "use-maritime-english"), ("optional", "conduct-emergency-drills"),
      ("optional", "electricity"), ("optional", "use-measurement-instruments")]),
    ("hotel-receptionist", "4224", "4224.1", "hotel receptionist", "réceptionniste d'hôtel",
     "Hotelrezeptionist/Hotelrezeptionistin", ["front desk clerk"], ["agent de réception"],
     ["Rezeptionist", "Rezeptionistin"],
     "Hotel receptionists welcome guests, handle bookings and answer requests.",
     [("essential", "welcome-guests"), ("essential", "check-in-guests"),
      ("essential", "process-reservations"), ("essential", "communicate-with-customers"),
      ("essential", "handle-complaints"), ("optional", "hospitality-services"),
      ("optional", "speak-french"), ("optional", "understand-written-english")]),
    ("waiter", "5131", "5131.1", "waiter/waitress", "serveur/serveuse", "Kellner/Kellnerin",
     ["server", "restaurant server"], ["serveur", "serveuse"], ["Servicekraft"],
     "Waiters serve food and drinks to guests in restaurants and bars.",
     [("essential", "serve-food-beverages"), ("essential", "welcome-guests"),
      ("essential", "comply-food-safety"), ("essential", "communicate-with-customers"),
      ("optional", "handle-complaints"), ("optional", "food-hygiene-rules"),
      ("optional", "work-in-teams")]),
    ("building-electrician", "7411", "7411.1", "building electrician", "électricien du bâtiment/électricienne du bâtiment",
     "Elektroinstallateur/Elektroinstallateurin", ["electrician"], ["électricien", "électricienne"],
     ["Elektriker", "Elektrikerin"],
     "Building electricians install and maintain electrical systems in buildings.",
     [("essential", "install-electrical-wiring"), ("essential", "test-electrical-equipment"),
      ("essential", "read-blueprints"), ("essential", "construction-safety"),
      ("essential", "electricity"), ("essential", "wiring-diagrams"),
      ("optional", "install-solar-panels"), ("optional", "building-codes"),
      ("optional", "use-measurement-instruments"), ("optional", "solar-energy")]),
    ("secondary-teacher", "2330", "2330.1", "secondary school teacher", "professeur de l'enseignement secondaire/professeure de l'enseignement secondaire",
     "Lehrkraft im Sekundarbereich", ["secondary teacher", "high school teacher"],
     ["enseignant du secondaire", "enseignante du secondaire"], ["Gymnasiallehrer", "Gymnasiallehrerin"],
     "Secondary school teachers teach a subject to pupils and assess their progress.",
     [("essential", "apply-teaching-strategies"), ("essential", "assess-students"),
      ("essential", "prepare-lesson-content"), ("essential", "manage-classroom"),
      ("essential", "pedagogy"), ("essential", "curriculum-objectives"),
      ("optional", "develop-course-outline"), ("optional", "give-feedback"),
      ("optional", "assessment-processes"), ("optional", "deliver-presentations")]),
    ("ict-project-manager", "1219", "1219.7", "ICT project manager", "chef de projet TIC/cheffe de projet TIC",
     "IKT-Projektleiter/IKT-Projektleiterin", ["IT project manager"], ["chef de projet informatique"],
     ["IT-Projektleiter", "IT-Projektleiterin"],
     "ICT project managers plan and run information technology projects.",
     [("essential", "project-management-skill"), ("essential", "project-management"),
      ("essential", "manage-team"), ("essential", "manage-budgets"),
      ("essential", "deliver-presentations"), ("optional", "write-reports"),
      ("optional", "define-software-architecture"), ("optional", "manage-time"),
      ("optional", "solve-problems"), ("optional", "show-initiative")]),
]

COLLECTIONS = {
    "transversalSkillsCollection": [s[0] for s in SKILLS if s[2] == T and "L1" not in s[3]],
    "digitalSkillsCollection": [s[0] for s in SKILLS if any(p in ("S5", "S5.1", "S5.2", "S5.3", "0612", "0613") for p in s[3])
                                or s[3][0] in ("computer-programming", "query-languages")],
    "greenSkillsCollection": ["install-solar-panels", "solar-energy"],
    "languageSkillsCollection": ["understand-written-english", "speak-french", "use-maritime-english"],
}


def skill_uri(slug):
    return NS + "skill:" + slug


def group_uri(code):
    return NS + "group:" + code.replace(".", "-")


def occupation_uri(slug):
    return NS + "occupation:" + slug


def isco_uri(code):
    return NS + "isco:C" + code


SKILL_SLUGS = {s[0] for s in SKILLS}
GROUP_CODES = {g[0] for g in GROUPS}


def parent_uri(ref):
    if ref in SKILL_SLUGS:
        return "KnowledgeSkillCompetence", skill_uri(ref)
    assert ref in GROUP_CODES, ref
    return "SkillGroup", group_uri(ref)


def writer(name, header):
    f = open(os.path.join(HERE, name), "w", encoding="utf-8", newline="")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    return f, w


SKILL_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels",
                "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition", "inScheme",
                "description"]
GROUP_HEADER = ["conceptType", "conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "status",
                "modifiedDate", "scopeNote", "inScheme", "description", "code"]
OCC_HEADER = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels",
              "status", "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme",
              "description", "code"]
ISCO_HEADER = ["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels", "inScheme",
               "description"]
COLLECTION_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "status",
                     "altLabels", "description", "broaderConceptUri", "broaderConceptPT"]
DATE = "2024-01-15T10:00:00Z"
SCHEME_SKILLS = NS + "concept-scheme:skills"
SCHEME_OCC = NS + "concept-scheme:occupations"
SCHEME_ISCO = NS + "concept-scheme:isco"
SCHEME_HIERARCHY = NS + "concept-scheme:skills-hierarchy"


def main():
    langs = {"en": 0, "fr": 1, "de": 2}
    for lang, i in langs.items():
        f, w = writer(f"skills_{lang}.csv", SKILL_HEADER)
        for s in SKILLS:
            slug, typ, reuse, parents = s[0], s[1], s[2], s[3]
            labels = s[4:7]
            alts = s[7:10]
            schemes = [SCHEME_SKILLS]
            for coll, members in COLLECTIONS.items():
                if slug in members:
                    schemes.append(NS + "concept-scheme:" + coll.replace("SkillsCollection", ""))
            w.writerow(["KnowledgeSkillCompetence", skill_uri(slug),
                        "knowledge" if typ == "k" else "skill/competence", reuse, labels[i],
                        "\n".join(alts[i]), "", "released", DATE, "", "", "\n".join(schemes),
                        s[10] if lang == "en" else ""])
        f.close()
        f, w = writer(f"skillGroups_{lang}.csv", GROUP_HEADER)
        for code, parents, en, fr, de, desc in GROUPS:
            w.writerow(["SkillGroup", group_uri(code), (en, fr, de)[i], "", "", "released", DATE, "",
                        "\n".join([SCHEME_SKILLS, SCHEME_HIERARCHY]), desc if lang == "en" else "", code])
        f.close()
        f, w = writer(f"occupations_{lang}.csv", OCC_HEADER)
        for o in OCCUPATIONS:
            slug, isco, code = o[0], o[1], o[2]
            w.writerow(["Occupation", occupation_uri(slug), isco, o[3 + i], "\n".join(o[6 + i]), "",
                        "released", DATE, "", "", "", SCHEME_OCC, o[9] if lang == "en" else "", code])
        f.close()
        f, w = writer(f"ISCOGroups_{lang}.csv", ISCO_HEADER)
        for code, en, fr, de in ISCO:
            w.writerow(["ISCOGroup", isco_uri(code), code, (en, fr, de)[i], "released", "",
                        "\n".join([SCHEME_OCC, SCHEME_ISCO]), ""])
        f.close()

    f, w = writer("broaderRelationsSkillPillar.csv", ["conceptType", "conceptUri", "broaderType", "broaderUri"])
    for code, parents, *_ in GROUPS:
        for p in parents:
            w.writerow(["SkillGroup", group_uri(code), "SkillGroup", group_uri(p)])
    for s in SKILLS:
        for p in s[3]:
            ptype, puri = parent_uri(p)
            w.writerow(["KnowledgeSkillCompetence", skill_uri(s[0]), ptype, puri])
    f.close()

    f, w = writer("broaderRelationsOccPillar.csv", ["conceptType", "conceptUri", "broaderType", "broaderUri"])
    for code, *_ in ISCO:
        if len(code) > 1:
            w.writerow(["ISCOGroup", isco_uri(code), "ISCOGroup", isco_uri(code[:-1])])
    for o in OCCUPATIONS:
        w.writerow(["Occupation", occupation_uri(o[0]), "ISCOGroup", isco_uri(o[1])])
    f.close()

    types = {s[0]: ("knowledge" if s[1] == "k" else "skill/competence") for s in SKILLS}
    f, w = writer("skillSkillRelations.csv",
                  ["originalSkillUri", "originalSkillType", "relationType", "relatedSkillType", "relatedSkillUri"])
    for a, rel, b in SKILL_SKILL:
        w.writerow([skill_uri(a), types[a], rel, types[b], skill_uri(b)])
    f.close()

    f, w = writer("occupationSkillRelations.csv", ["occupationUri", "relationType", "skillType", "skillUri"])
    for o in OCCUPATIONS:
        for rel, slug in o[10]:
            w.writerow([occupation_uri(o[0]), rel, types[slug], skill_uri(slug)])
    f.close()

    by_slug = {s[0]: s for s in SKILLS}
    group_label = {g[0]: g[2] for g in GROUPS}
    for coll, members in COLLECTIONS.items():
        f, w = writer(f"{coll}_en.csv", COLLECTION_HEADER)
        for slug in members:
            s = by_slug[slug]
            parents = [parent_uri(p)[1] for p in s[3]]
            parent_labels = [group_label.get(p) or by_slug[p][4] for p in s[3]]
            w.writerow(["KnowledgeSkillCompetence", skill_uri(slug), types[slug], s[2], s[4], "released",
                        " | ".join(s[7]), s[10], " | ".join(parents), " | ".join(parent_labels)])
        f.close()

    f, w = writer("conceptSchemes_en.csv",
                  ["conceptType", "conceptSchemeUri", "preferredLabel", "title", "status", "description",
                   "hasTopConcept"])
    w.writerow(["ConceptScheme", SCHEME_SKILLS, "Skills (demo)", "", "released", "", ""])
    w.writerow(["ConceptScheme", SCHEME_HIERARCHY, "Skills hierarchy (demo)", "", "released", "", ""])
    w.writerow(["ConceptScheme", SCHEME_OCC, "Occupations (demo)", "", "released", "", ""])
    w.writerow(["ConceptScheme", SCHEME_ISCO, "ISCO-08 groups used by the demo", "", "released", "", ""])
    for coll in COLLECTIONS:
        w.writerow(["ConceptScheme", NS + "concept-scheme:" + coll.replace("SkillsCollection", ""),
                    coll.replace("SkillsCollection", "").capitalize() + " (demo)", "", "released", "", ""])
    f.close()

    n = len(GROUPS) + len(SKILLS) + len(OCCUPATIONS) + len(ISCO)
    print(f"{n} concepts: {len(GROUPS)} skill groups, {len(SKILLS)} skills/knowledge, "
          f"{len(OCCUPATIONS)} occupations, {len(ISCO)} ISCO groups")


if __name__ == "__main__":
    main()

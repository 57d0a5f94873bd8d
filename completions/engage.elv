
use builtin;
use str;

set edit:completion:arg-completer[engage] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'engage'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'engage'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand practice 'Member practices: add, import NHS files, list, show, edit, history, close'
            cand locality 'Localities: the groups of practices that meet monthly'
            cand person 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses'
            cand skill 'Skills and interests of people, the search for the right person, the skills survey'
            cand meeting 'Meetings: the year''s schedule, who came for which practice, declarations, the calendar'
            cand session 'Sessions and payments: rates, claims, the monthly payment CSV, budgets'
            cand report 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests'
            cand project 'Time-limited commissioning projects and who works on them'
            cand group 'Peer groups, committees and forums, and who sits on them over time'
            cand action 'Actions agreed at meetings: what is open, what is overdue, marking them done'
            cand scheme 'Schemes that pay practices per patient: enrolment, commitments, reviews'
            cand briefing 'Briefings sent to every GP (sessional GPs included), kept with their recipients'
            cand measure 'Practice activity measures from national files, for `report benchmark`'
            cand publish 'Write the group''s pages for its website and the board: representation, localities, practices, interests'
            cand init 'Create the register (also done on the first write)'
            cand db 'The register itself: where it is, checks, backups and copies'
            cand log 'The audit trail: every write, newest first'
            cand demo 'Build a fictional group''s register and show a short tour of it'
            cand completions 'Print a shell completion script'
            cand man 'Show a man page (roff when piped or with --roff), or write them all with --dir'
            cand complete-values 'The register''s values of one kind, for the completion scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;practice'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a practice to the register'
            cand import 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
            cand list 'List practices, by code'
            cand show 'Show one practice with all the register holds about it'
            cand edit 'Change a practice''s details: its locality from a date, the rest for all time'
            cand history 'List a practice''s localities over time, and when it opened and closed'
            cand place 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
            cand close 'Close a practice; it is kept with its history and hidden from default lists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;practice;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --locality 'The locality it belongs to (name or code)'
            cand --list-size 'Registered patients'
            cand --postcode 'Postcode (stored upper-case, one space)'
            cand --phone 'Phone number'
            cand --setting 'Urban, rural or mixed'
            cand --opened 'The day it opened: it is expected at its locality''s meetings from then on'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;import'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --source 'What kind of file it is; `auto` tells by the first line'
            cand --commissioner 'Take only this commissioner''s rows (epraccur field 15, or the list-size file''s CCG/sub-ICB code)'
            cand --locality 'Where new practices go when the file names no locality [default: Unassigned]'
            cand --as-at 'The census date of a workforce census (--source workforce)'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show what would change and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --locality 'Only this locality''s practices (name or code)'
            cand --status 'Open, closed or all practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;edit'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --name 'Correct the name'
            cand --locality 'Move the practice to this locality (name or code), from --from'
            cand --list-size 'Registered patients'
            cand --postcode 'Correct the postcode ('''' clears it)'
            cand --phone 'Correct the phone number ('''' clears it)'
            cand --setting 'Urban, rural or mixed'
            cand --from 'The first day in the new locality; the old one ends the day before [default: today]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --correction 'Replace the locality for all time: a typing mistake, not a move'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;history'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;place'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'The first day in the new locality, for practices that move [default: today]; practices still in Unassigned are placed for all time'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show the counts and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;close'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day it closed [default: today]'
            cand --merged-into 'The practice it merged into'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;help'= {
            cand add 'Add a practice to the register'
            cand import 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
            cand list 'List practices, by code'
            cand show 'Show one practice with all the register holds about it'
            cand edit 'Change a practice''s details: its locality from a date, the rest for all time'
            cand history 'List a practice''s localities over time, and when it opened and closed'
            cand place 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
            cand close 'Close a practice; it is kept with its history and hidden from default lists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;practice;help;add'= {
        }
        &'engage;practice;help;import'= {
        }
        &'engage;practice;help;list'= {
        }
        &'engage;practice;help;show'= {
        }
        &'engage;practice;help;edit'= {
        }
        &'engage;practice;help;history'= {
        }
        &'engage;practice;help;place'= {
        }
        &'engage;practice;help;close'= {
        }
        &'engage;practice;help;help'= {
        }
        &'engage;locality'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a locality'
            cand list 'List localities with their practices, patients, lead and next meeting'
            cand show 'Show a locality and its practices'
            cand edit 'Rename or recode a locality (an empty --code clears it)'
            cand remove 'Remove a locality; refused while it holds practices unless they move'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;locality;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --code 'A short code, e.g. EVE'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;edit'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --name 'The new name'
            cand --code 'The new code ('''' clears it)'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;remove'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --move-practices-to 'Move its practices (open and closed) to this locality first'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;help'= {
            cand add 'Add a locality'
            cand list 'List localities with their practices, patients, lead and next meeting'
            cand show 'Show a locality and its practices'
            cand edit 'Rename or recode a locality (an empty --code clears it)'
            cand remove 'Remove a locality; refused while it holds practices unless they move'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;locality;help;add'= {
        }
        &'engage;locality;help;list'= {
        }
        &'engage;locality;help;show'= {
        }
        &'engage;locality;help;edit'= {
        }
        &'engage;locality;help;remove'= {
        }
        &'engage;locality;help;help'= {
        }
        &'engage;person'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
            cand import 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
            cand list 'List people by name (those who left only with --all)'
            cand emails 'The email addresses of those who receive briefings, one a line (csv: name,email)'
            cand vcard 'vCard 4.0 cards of those who receive briefings, for an address book'
            cand show 'Show a person with their roles, interests and skills'
            cand edit 'Change a person''s details: practice, role and pay-to from a date, the rest for all time'
            cand history 'List a person''s practice, role and pay-to over time'
            cand leave 'Record that a person left; they are kept for history and their roles end'
            cand appoint 'Appoint a person to a role for a period'
            cand appointments 'List appointments, of one person or everyone'
            cand unappoint 'End an appointment'
            cand declare 'Declare an interest (the register of interests)'
            cand interests 'The register of declared interests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;person;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'The contract or job: gp-partner, gp-salaried, gp-locum, practice-manager, nurse or other'
            cand --practice 'Their practice (a locum may have none)'
            cand --email 'Email address (unique in the register)'
            cand --phone 'Phone number'
            cand --gmc 'GMC reference number (seven digits)'
            cand --pay-to 'Who is paid for their sessions [default: practice if they have one, else self]'
            cand --briefings 'Whether they receive briefings [default: yes; only those with an email can]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;import'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show the counts and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'Only these roles: a comma list, with globs such as gp-*'
            cand --locality 'Only people of this locality''s practices'
            cand --practice 'Only people of this practice (ODS code)'
            cand --group 'Only members of this group today, in person or through their practice'
            cand --skill 'Only people with this skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --sessional 'Only salaried and locum GPs'
            cand --opted-in 'Only people who receive briefings and have an email'
            cand --all 'Include people who have left'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;emails'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'Only these roles: a comma list, with globs such as gp-*'
            cand --locality 'Only people of this locality''s practices'
            cand --practice 'Only people of this practice (ODS code)'
            cand --group 'Only members of this group today, in person or through their practice'
            cand --skill 'Only people with this skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --sessional 'Only salaried and locum GPs'
            cand --opted-in 'Only people who receive briefings and have an email'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;vcard'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'Only these roles: a comma list, with globs such as gp-*'
            cand --locality 'Only people of this locality''s practices'
            cand --practice 'Only people of this practice (ODS code)'
            cand --group 'Only members of this group today, in person or through their practice'
            cand --skill 'Only people with this skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --sessional 'Only salaried and locum GPs'
            cand --opted-in 'Only people who receive briefings and have an email'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;edit'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --name 'Correct the name'
            cand --role 'A new contract or job, from --from'
            cand --practice 'A move to another practice, from --from ('''' for none: locums and others)'
            cand --email 'Correct the email ('''' clears it)'
            cand --phone 'Correct the phone number ('''' clears it)'
            cand --gmc 'Correct the GMC number ('''' clears it)'
            cand --pay-to 'Who is paid for their sessions, from --from'
            cand --briefings 'Whether they receive briefings'
            cand --from 'The first day a new practice, role or pay-to holds; the old one ends the day before [default: today]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --correction 'Replace the practice, role or pay-to for all time: a typing mistake, not a change'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;history'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;leave'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day they left [default: today]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --correction 'Move the leaving date already recorded to --date (a typing mistake)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;appoint'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --locality 'The locality of a locality-lead'
            cand --practice 'The practice of a nominated-gp or practice-lead [default: their own]'
            cand --project 'The project a clinical lead works on'
            cand --sessions-per-month 'Sessions paid a month for the role (two decimals at most)'
            cand --from 'First day [default: today]'
            cand --until 'Last day [default: open-ended]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --locum 'A nominated GP who is a locum sitting for the practice, not one of its GPs'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;appointments'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --current 'Only those in force today'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;unappoint'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The last day of the appointment [default: today; an appointment that has not started is removed]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;declare'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'The first day the interest held [default: unknown]'
            cand --until 'The last day it held [default: still holds]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;interests'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;person;help'= {
            cand add 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
            cand import 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
            cand list 'List people by name (those who left only with --all)'
            cand emails 'The email addresses of those who receive briefings, one a line (csv: name,email)'
            cand vcard 'vCard 4.0 cards of those who receive briefings, for an address book'
            cand show 'Show a person with their roles, interests and skills'
            cand edit 'Change a person''s details: practice, role and pay-to from a date, the rest for all time'
            cand history 'List a person''s practice, role and pay-to over time'
            cand leave 'Record that a person left; they are kept for history and their roles end'
            cand appoint 'Appoint a person to a role for a period'
            cand appointments 'List appointments, of one person or everyone'
            cand unappoint 'End an appointment'
            cand declare 'Declare an interest (the register of interests)'
            cand interests 'The register of declared interests'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;person;help;add'= {
        }
        &'engage;person;help;import'= {
        }
        &'engage;person;help;list'= {
        }
        &'engage;person;help;emails'= {
        }
        &'engage;person;help;vcard'= {
        }
        &'engage;person;help;show'= {
        }
        &'engage;person;help;edit'= {
        }
        &'engage;person;help;history'= {
        }
        &'engage;person;help;leave'= {
        }
        &'engage;person;help;appoint'= {
        }
        &'engage;person;help;appointments'= {
        }
        &'engage;person;help;unappoint'= {
        }
        &'engage;person;help;declare'= {
        }
        &'engage;person;help;interests'= {
        }
        &'engage;person;help;help'= {
        }
        &'engage;skill'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)'
            cand remove 'Remove skills from a person'
            cand list 'Every skill with its counts, or one person''s skills'
            cand import 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
            cand find 'People holding all the given skills, best level first, with their current sessions'
            cand survey 'Record a practice''s return of the skills survey, or list practices yet to return it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;skill;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --level 'How well they know it'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;remove'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;import'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show the counts and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;find'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --locality 'Only people of this locality''s practices'
            cand --role 'Only people with this contract or job'
            cand --level 'At least this level in every skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;survey'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --returned 'The day it came back [default: today]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --missing 'List the open practices that have not returned it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;skill;help'= {
            cand add 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)'
            cand remove 'Remove skills from a person'
            cand list 'Every skill with its counts, or one person''s skills'
            cand import 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
            cand find 'People holding all the given skills, best level first, with their current sessions'
            cand survey 'Record a practice''s return of the skills survey, or list practices yet to return it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;skill;help;add'= {
        }
        &'engage;skill;help;remove'= {
        }
        &'engage;skill;help;list'= {
        }
        &'engage;skill;help;import'= {
        }
        &'engage;skill;help;find'= {
        }
        &'engage;skill;help;survey'= {
        }
        &'engage;skill;help;help'= {
        }
        &'engage;meeting'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add one meeting'
            cand schedule 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays'
            cand list 'List meetings by date (all of them without dates; cancelled ones marked)'
            cand show 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
            cand attend 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
            cand unattend 'Remove a person''s attendance record from a meeting'
            cand declare 'Record an interest declared at a meeting by someone there, and whether they withdrew'
            cand item 'The agenda: numbered items and their papers'
            cand minute 'Record what was said under an item'
            cand decide 'Record a decision under an item'
            cand action 'Record an action under an item: what, who owns it, by when'
            cand minutes 'The minutes as Markdown on stdout, ready to circulate'
            cand note 'Keep a note with a meeting: what the practice said on a visit'
            cand held 'Record that a meeting was held though nobody''s attendance is recorded'
            cand cancel 'Cancel a meeting (kept, marked cancelled)'
            cand move 'Move a meeting to another date (and start)'
            cand ics 'The schedule as an iCalendar file (RFC 5545) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;meeting;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --kind 'The kind of meeting'
            cand --locality 'The locality whose meeting it is (for --kind locality)'
            cand --practice 'The practice (a visit''s practice)'
            cand --group 'The peer group, committee or forum whose meeting it is'
            cand --round 'The round of the roadshow a visit belongs to'
            cand --topic 'What a visit is about'
            cand --date 'The day of the meeting'
            cand --start 'Start time, HH:MM (Europe/London)'
            cand --duration 'Length, e.g. 2h30m or 90m'
            cand --title 'A title for the calendar and the minutes'
            cand --location 'Where it is held'
            cand --sessions 'Sessions paid to each eligible GP who attends [default: 1 for locality, else 0]'
            cand --quorum 'People needed (present, not withdrawn) for decisions [default: the group''s]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;schedule'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --kind 'The kind of meeting [default: locality; a group''s: peer-group, board or other]'
            cand --locality 'The locality whose meetings these are'
            cand --group 'The group whose meetings these are (instead of a locality)'
            cand --year 'The calendar year, e.g. 2027'
            cand --fy 'The financial year instead (April to March), e.g. 2027-28'
            cand --rule 'Which day of each month: ''1st mon'', ''2nd tue'', ''3rd wed'', ''4th thu'', ''last fri'''
            cand --start 'The start time, HH:MM, Europe/London'
            cand --duration 'How long, e.g. 2h30m or 90m [default: 2h]'
            cand --on-bank-holiday 'What to do when the day is a bank holiday in England and Wales'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show the dates and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'Only meetings from this day'
            cand --to 'Only meetings up to this day'
            cand --locality 'Only this locality''s meetings'
            cand --kind 'Only meetings of this kind'
            cand --group 'Only this group''s meetings'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --upcoming 'Only meetings from today on that are not cancelled'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;attend'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --for-practice 'The practice they sat for [default: their own]'
            cand --file 'A sign-in CSV `person,for_practice,status` (status attended, virtual or apologies), or - for stdin'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --virtual 'They joined remotely'
            cand --apologies 'They sent apologies'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;unattend'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;declare'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --item 'The agenda item it is about [default: the whole meeting]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --withdrew 'They withdrew (from the item, or from the meeting): they do not count towards its quorum'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;item'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add the next item to a meeting''s agenda'
            cand list 'A meeting''s agenda with what was minuted, decided and actioned under each item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;meeting;item;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --paper 'The item''s paper: a file path or a link'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;item;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;item;help'= {
            cand add 'Add the next item to a meeting''s agenda'
            cand list 'A meeting''s agenda with what was minuted, decided and actioned under each item'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;meeting;item;help;add'= {
        }
        &'engage;meeting;item;help;list'= {
        }
        &'engage;meeting;item;help;help'= {
        }
        &'engage;meeting;minute'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --item 'The agenda item''s number'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;decide'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --item 'The agenda item''s number'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;action'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --item 'The agenda item''s number'
            cand --owner 'Who owns it: id, email, GMC number or name'
            cand --due 'When it is due'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;minutes'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;note'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;held'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;cancel'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --reason 'Why it was cancelled, for the calendar'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;move'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The new day'
            cand --start 'The new start time, HH:MM [default: as it was]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;ics'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --locality 'Only this locality''s meetings'
            cand --kind 'Only meetings of this kind'
            cand --from 'Only meetings from this day'
            cand --to 'Only meetings up to this day'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;meeting;help'= {
            cand add 'Add one meeting'
            cand schedule 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays'
            cand list 'List meetings by date (all of them without dates; cancelled ones marked)'
            cand show 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
            cand attend 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
            cand unattend 'Remove a person''s attendance record from a meeting'
            cand declare 'Record an interest declared at a meeting by someone there, and whether they withdrew'
            cand item 'The agenda: numbered items and their papers'
            cand minute 'Record what was said under an item'
            cand decide 'Record a decision under an item'
            cand action 'Record an action under an item: what, who owns it, by when'
            cand minutes 'The minutes as Markdown on stdout, ready to circulate'
            cand note 'Keep a note with a meeting: what the practice said on a visit'
            cand held 'Record that a meeting was held though nobody''s attendance is recorded'
            cand cancel 'Cancel a meeting (kept, marked cancelled)'
            cand move 'Move a meeting to another date (and start)'
            cand ics 'The schedule as an iCalendar file (RFC 5545) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;meeting;help;add'= {
        }
        &'engage;meeting;help;schedule'= {
        }
        &'engage;meeting;help;list'= {
        }
        &'engage;meeting;help;show'= {
        }
        &'engage;meeting;help;attend'= {
        }
        &'engage;meeting;help;unattend'= {
        }
        &'engage;meeting;help;declare'= {
        }
        &'engage;meeting;help;item'= {
            cand add 'Add the next item to a meeting''s agenda'
            cand list 'A meeting''s agenda with what was minuted, decided and actioned under each item'
        }
        &'engage;meeting;help;item;add'= {
        }
        &'engage;meeting;help;item;list'= {
        }
        &'engage;meeting;help;minute'= {
        }
        &'engage;meeting;help;decide'= {
        }
        &'engage;meeting;help;action'= {
        }
        &'engage;meeting;help;minutes'= {
        }
        &'engage;meeting;help;note'= {
        }
        &'engage;meeting;help;held'= {
        }
        &'engage;meeting;help;cancel'= {
        }
        &'engage;meeting;help;move'= {
        }
        &'engage;meeting;help;ics'= {
        }
        &'engage;meeting;help;help'= {
        }
        &'engage;session'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand rate 'Session rates per category, with the dates they apply from'
            cand accrue 'Accrue an ended month''s appointment lines, with arrears since the first run'
            cand claim 'Claim sessions worked on a project or for a fund, to be approved'
            cand approve 'Approve claimed lines for payment'
            cand reject 'Reject a claim, saying why'
            cand list 'List session lines by work date'
            cand export 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
            cand budget 'Budgets per fund and financial year, with spend and what remains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;rate'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the price of one session for a category from a date'
            cand list 'List the rates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;rate;set'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'The first day the rate applies'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;rate;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;rate;help'= {
            cand set 'Set the price of one session for a category from a date'
            cand list 'List the rates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;rate;help;set'= {
        }
        &'engage;session;rate;help;list'= {
        }
        &'engage;session;rate;help;help'= {
        }
        &'engage;session;accrue'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --month 'YYYY-MM, this or last'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --dry-run 'Show what would change and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;claim'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day the work was done'
            cand --sessions 'Sessions worked (two decimals at most; negative for a correction)'
            cand --project 'The project the work was for'
            cand --fund 'A fund such as contingency'
            cand --note 'A note on the claim, in a line'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;approve'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;reject'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --reason 'Why the claim is rejected'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --month 'Only lines worked in this month'
            cand --person 'Only this person''s lines'
            cand --status 'Only lines in this state (held and lapsed: scheme instalments kept back by the scheme''s condition)'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;export'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --month 'The payment month: YYYY-MM, this or last (the previous calendar month, for cron)'
            cand --out 'Write the file itself (private, whole or not at all), nothing on stdout: for cron'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --summary 'One row per payee instead of one per line'
            cand --finalise 'Write the CSV, then mark its lines paid in this month''s run, once the month has ended (needs --yes off a terminal)'
            cand --force 'With --out: replace a file that holds something else'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;budget'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set a fund''s budget for a financial year (April to March)'
            cand list 'List budgets with spend (approved and paid lines) and what remains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;budget;set'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --fy 'The financial year, e.g. 2026-27 (1 April to 31 March)'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;budget;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --fy 'One financial year, e.g. 2026-27 [default: all]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;session;budget;help'= {
            cand set 'Set a fund''s budget for a financial year (April to March)'
            cand list 'List budgets with spend (approved and paid lines) and what remains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;budget;help;set'= {
        }
        &'engage;session;budget;help;list'= {
        }
        &'engage;session;budget;help;help'= {
        }
        &'engage;session;help'= {
            cand rate 'Session rates per category, with the dates they apply from'
            cand accrue 'Accrue an ended month''s appointment lines, with arrears since the first run'
            cand claim 'Claim sessions worked on a project or for a fund, to be approved'
            cand approve 'Approve claimed lines for payment'
            cand reject 'Reject a claim, saying why'
            cand list 'List session lines by work date'
            cand export 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
            cand budget 'Budgets per fund and financial year, with spend and what remains'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;session;help;rate'= {
            cand set 'Set the price of one session for a category from a date'
            cand list 'List the rates'
        }
        &'engage;session;help;rate;set'= {
        }
        &'engage;session;help;rate;list'= {
        }
        &'engage;session;help;accrue'= {
        }
        &'engage;session;help;claim'= {
        }
        &'engage;session;help;approve'= {
        }
        &'engage;session;help;reject'= {
        }
        &'engage;session;help;list'= {
        }
        &'engage;session;help;export'= {
        }
        &'engage;session;help;budget'= {
            cand set 'Set a fund''s budget for a financial year (April to March)'
            cand list 'List budgets with spend (approved and paid lines) and what remains'
        }
        &'engage;session;help;budget;set'= {
        }
        &'engage;session;help;budget;list'= {
        }
        &'engage;session;help;help'= {
        }
        &'engage;report'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand engagement 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
            cand localities 'Per locality: practices, patients, lead, meetings held, mean representation'
            cand sessions 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
            cand sessional-gps 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
            cand visits 'Practices visited and not visited in the round'
            cand schemes 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
            cand reach 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
            cand benchmark 'A measure per practice against England: funnel limits and signals, with a funnel plot'
            cand skills 'Each skill with the people and localities that have it, and the localities with no one'
            cand coverage 'GPs in the NHS workforce census per practice against those the register knows there'
            cand interests 'The register of declared interests in force in the period, ready to publish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;report;engagement'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;localities'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;sessions'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand --by 'What to group the lines by'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;sessional-gps'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;visits'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --round 'Visited in this round of the roadshow (see `meeting add --round`)'
            cand --since 'Visited on or after this day [default: the start of this financial year, or any day with --round]'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;schemes'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;reach'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;benchmark'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --period 'The period imported [default: the latest imported]'
            cand --locality 'Only this locality''s practices (its rate and England''s stay as they are)'
            cand --plot 'Also write the funnel plot to this SVG file (it opens in any browser); - for stdout, instead of the table'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;skills'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;coverage'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;interests'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'First day [default: the start of this financial year]'
            cand --to 'Last day [default: today]'
            cand --month 'One month: YYYY-MM, this or last'
            cand --fy 'A financial year: 2026-27, this or last'
            cand --locality 'Only this locality''s practices'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;report;help'= {
            cand engagement 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
            cand localities 'Per locality: practices, patients, lead, meetings held, mean representation'
            cand sessions 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
            cand sessional-gps 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
            cand visits 'Practices visited and not visited in the round'
            cand schemes 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
            cand reach 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
            cand benchmark 'A measure per practice against England: funnel limits and signals, with a funnel plot'
            cand skills 'Each skill with the people and localities that have it, and the localities with no one'
            cand coverage 'GPs in the NHS workforce census per practice against those the register knows there'
            cand interests 'The register of declared interests in force in the period, ready to publish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;report;help;engagement'= {
        }
        &'engage;report;help;localities'= {
        }
        &'engage;report;help;sessions'= {
        }
        &'engage;report;help;sessional-gps'= {
        }
        &'engage;report;help;visits'= {
        }
        &'engage;report;help;schemes'= {
        }
        &'engage;report;help;reach'= {
        }
        &'engage;report;help;benchmark'= {
        }
        &'engage;report;help;skills'= {
        }
        &'engage;report;help;coverage'= {
        }
        &'engage;report;help;interests'= {
        }
        &'engage;report;help;help'= {
        }
        &'engage;project'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a time-limited project and the skills it needs'
            cand list 'List projects'
            cand show 'Show a project, its people and who matches its needs'
            cand close 'Close a project; its assignments end'
            cand match 'People whose skills cover the project''s needs, best first'
            cand advertise 'Print the project''s advert and record it as a briefing to those it goes to'
            cand interest 'Record that someone would like to work on a project'
            cand assign 'Assign a person to a project (an appointment tied to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;project;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'The project''s first day'
            cand --until 'The project''s last day'
            cand --needs 'Skills needed, comma-separated'
            cand --sessions-budget 'Sessions the project may pay for in all'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;close'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day it closed [default: today]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;match'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;advertise'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'Only these roles: a comma list, with globs such as gp-*'
            cand --locality 'Only people of this locality''s practices'
            cand --practice 'Only people of this practice (ODS code)'
            cand --group 'Only members of this group today, in person or through their practice'
            cand --skill 'Only people with this skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --sessional 'Only salaried and locum GPs'
            cand --opted-in 'Only people who receive briefings and have an email'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;interest'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --note 'What they said'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;assign'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --role 'The role on the project, e.g. clinical-lead'
            cand --sessions-per-month 'Sessions a month, paid for each month it is active (0.01 to 40)'
            cand --from 'First day [default: today, or the project''s start if later]'
            cand --until 'Last day [default: the project''s end]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;project;help'= {
            cand add 'Add a time-limited project and the skills it needs'
            cand list 'List projects'
            cand show 'Show a project, its people and who matches its needs'
            cand close 'Close a project; its assignments end'
            cand match 'People whose skills cover the project''s needs, best first'
            cand advertise 'Print the project''s advert and record it as a briefing to those it goes to'
            cand interest 'Record that someone would like to work on a project'
            cand assign 'Assign a person to a project (an appointment tied to it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;project;help;add'= {
        }
        &'engage;project;help;list'= {
        }
        &'engage;project;help;show'= {
        }
        &'engage;project;help;close'= {
        }
        &'engage;project;help;match'= {
        }
        &'engage;project;help;advertise'= {
        }
        &'engage;project;help;interest'= {
        }
        &'engage;project;help;assign'= {
        }
        &'engage;project;help;help'= {
        }
        &'engage;group'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a peer group, committee or forum'
            cand list 'List the groups with their members today and their next meeting'
            cand show 'Show a group: members and their terms, its practices and their mix'
            cand edit 'Rename a group or change its quorum (for meetings added from now on)'
            cand remove 'Remove a group that has no meetings, with its memberships'
            cand join 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
            cand leave 'End a practice''s or person''s seat on a day (their last)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;group;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --kind 'What sort of group it is'
            cand --quorum 'Voting members needed at its meetings (present, not withdrawn)'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;edit'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --name 'A new name'
            cand --quorum 'Voting members needed at meetings added from now on'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;remove'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;join'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --from 'The first day of the seat [default: today]'
            cand --until 'The last day of the seat [default: open-ended]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --voting 'The people vote [default for a committee''s people]'
            cand --non-voting 'The people do not vote [default outside committees]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;leave'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The last day of the seat'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;group;help'= {
            cand add 'Add a peer group, committee or forum'
            cand list 'List the groups with their members today and their next meeting'
            cand show 'Show a group: members and their terms, its practices and their mix'
            cand edit 'Rename a group or change its quorum (for meetings added from now on)'
            cand remove 'Remove a group that has no meetings, with its memberships'
            cand join 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
            cand leave 'End a practice''s or person''s seat on a day (their last)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;group;help;add'= {
        }
        &'engage;group;help;list'= {
        }
        &'engage;group;help;show'= {
        }
        &'engage;group;help;edit'= {
        }
        &'engage;group;help;remove'= {
        }
        &'engage;group;help;join'= {
        }
        &'engage;group;help;leave'= {
        }
        &'engage;group;help;help'= {
        }
        &'engage;action'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List actions agreed at meetings, by number'
            cand done 'Mark an action done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;action;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --owner 'Only this person''s actions'
            cand --group 'Only actions from this group''s meetings'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --open 'Only actions not done yet'
            cand --overdue 'Only actions not done and due before today'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;action;done'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day it was done [default: today]'
            cand --note 'What was done'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;action;help'= {
            cand list 'List actions agreed at meetings, by number'
            cand done 'Mark an action done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;action;help;list'= {
        }
        &'engage;action;help;done'= {
        }
        &'engage;action;help;help'= {
        }
        &'engage;scheme'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a scheme that pays practices per registered patient'
            cand list 'List the schemes with their practices, patients and money'
            cand show 'Show a scheme: per practice its enrolment, money, commitments and reviews'
            cand enrol 'Enrol practices (their list size that day is kept), and name a practice lead'
            cand withdraw 'Withdraw a practice: no instalment after the day is earned'
            cand commit 'Record what a practice committed to'
            cand review 'Record a review of a practice''s commitments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;scheme;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --per-patient 'Pounds paid per registered patient, e.g. 2 or 1.50'
            cand --from 'The scheme''s first day'
            cand --until 'The scheme''s last day'
            cand --instalments 'How each practice''s payment is split'
            cand --fund 'The fund it is paid from [default: scheme:<name>]'
            cand --commitments 'Commitments each practice makes (improvement areas, audits)'
            cand --review-after 'Months after enrolment that a review is due'
            cand --pay-after 'Hold each practice''s instalments until it has made the commitments, or until a review finds them met or partly met'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;enrol'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day they enrol [default: today]'
            cand --lead 'Appoint this person the practice''s practice-lead from that day (one practice)'
            cand --lead-sessions 'Sessions a month paid to the lead'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;withdraw'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The last day it takes part'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;commit'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --kind 'What sort of commitment it is'
            cand --agreed-with 'Who agreed it with the practice (the locality lead, say): a person'
            cand --priority 'Its order among the practice''s commitments: 1 comes first'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;review'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day of the review'
            cand --outcome 'What the review found'
            cand --note 'A note for the record'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;scheme;help'= {
            cand add 'Add a scheme that pays practices per registered patient'
            cand list 'List the schemes with their practices, patients and money'
            cand show 'Show a scheme: per practice its enrolment, money, commitments and reviews'
            cand enrol 'Enrol practices (their list size that day is kept), and name a practice lead'
            cand withdraw 'Withdraw a practice: no instalment after the day is earned'
            cand commit 'Record what a practice committed to'
            cand review 'Record a review of a practice''s commitments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;scheme;help;add'= {
        }
        &'engage;scheme;help;list'= {
        }
        &'engage;scheme;help;show'= {
        }
        &'engage;scheme;help;enrol'= {
        }
        &'engage;scheme;help;withdraw'= {
        }
        &'engage;scheme;help;commit'= {
        }
        &'engage;scheme;help;review'= {
        }
        &'engage;scheme;help;help'= {
        }
        &'engage;briefing'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record a briefing sent, with its recipients as they are now'
            cand list 'List the briefings sent, by number'
            cand show 'Show a briefing and the people it went to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;briefing;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --date 'The day it was sent [default: today]'
            cand --link 'Where it can be read'
            cand --role 'Only these roles: a comma list, with globs such as gp-*'
            cand --locality 'Only people of this locality''s practices'
            cand --practice 'Only people of this practice (ODS code)'
            cand --group 'Only members of this group today, in person or through their practice'
            cand --skill 'Only people with this skill'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --sessional 'Only salaried and locum GPs'
            cand --opted-in 'Only people who receive briefings and have an email'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;briefing;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;briefing;show'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;briefing;help'= {
            cand add 'Record a briefing sent, with its recipients as they are now'
            cand list 'List the briefings sent, by number'
            cand show 'Show a briefing and the people it went to'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;briefing;help;add'= {
        }
        &'engage;briefing;help;list'= {
        }
        &'engage;briefing;help;show'= {
        }
        &'engage;briefing;help;help'= {
        }
        &'engage;measure'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a measure: a count per N registered patients (prescription items, a disease register)'
            cand list 'List the measures with the periods imported'
            cand remove 'Remove a measure and every value imported for it'
            cand import 'Import one value a practice for a period from a national file (every practice in England)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;measure;add'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --per 'The rate is per this many registered patients'
            cand --title 'What it counts, for tables and the plot''s title'
            cand --source 'Where its figures come from'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;measure;list'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;measure;remove'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;measure;import'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --period 'The period the values are for, as free text: 2018, 2018-19'
            cand --code-column 'The column of ODS practice codes'
            cand --numerator-column 'The column of counts'
            cand --denominator-column 'The column of patients [default: the register''s list size; other rows skipped]'
            cand --delimiter 'The field separator: one character, e.g. '';'' (a tab as ''\t'')'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --decimal-comma 'Numbers written the European way: 15.057 is 15,057 and 2,42 is 2.42'
            cand --dry-run 'Read and check the file, say what it holds, and write nothing'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;measure;help'= {
            cand add 'Add a measure: a count per N registered patients (prescription items, a disease register)'
            cand list 'List the measures with the periods imported'
            cand remove 'Remove a measure and every value imported for it'
            cand import 'Import one value a practice for a period from a national file (every practice in England)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;measure;help;add'= {
        }
        &'engage;measure;help;list'= {
        }
        &'engage;measure;help;remove'= {
        }
        &'engage;measure;help;import'= {
        }
        &'engage;measure;help;help'= {
        }
        &'engage;publish'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --fy 'The financial year of the representation, interests and schemes: YYYY-YY, this or last [default: this]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;init'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
            cand copy 'Copy a whole register into a new one: a file to a team''s server, or back'
            cand init-roles 'Make the team register''s two roles, to write and to read (its database''s owner, once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;db;path'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;check'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --full 'SQLite''s full integrity check (every index against its table) instead of its quick one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;backup'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;copy'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;init-roles'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;help'= {
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
            cand copy 'Copy a whole register into a new one: a file to a team''s server, or back'
            cand init-roles 'Make the team register''s two roles, to write and to read (its database''s owner, once)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;db;help;path'= {
        }
        &'engage;db;help;check'= {
        }
        &'engage;db;help;backup'= {
        }
        &'engage;db;help;copy'= {
        }
        &'engage;db;help;init-roles'= {
        }
        &'engage;db;help;help'= {
        }
        &'engage;log'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --limit 'How many entries, newest first'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;demo'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;completions'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;man'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand --dir 'Write every page (engage.1, engage-session-export.1, ...) into this folder'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand --roff 'Print the page''s roff source even at a terminal (it is what a pipe gets)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;complete-values'= {
            cand --db 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout [default: table; csv for `session export`]'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --no-pager 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;help'= {
            cand practice 'Member practices: add, import NHS files, list, show, edit, history, close'
            cand locality 'Localities: the groups of practices that meet monthly'
            cand person 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses'
            cand skill 'Skills and interests of people, the search for the right person, the skills survey'
            cand meeting 'Meetings: the year''s schedule, who came for which practice, declarations, the calendar'
            cand session 'Sessions and payments: rates, claims, the monthly payment CSV, budgets'
            cand report 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests'
            cand project 'Time-limited commissioning projects and who works on them'
            cand group 'Peer groups, committees and forums, and who sits on them over time'
            cand action 'Actions agreed at meetings: what is open, what is overdue, marking them done'
            cand scheme 'Schemes that pay practices per patient: enrolment, commitments, reviews'
            cand briefing 'Briefings sent to every GP (sessional GPs included), kept with their recipients'
            cand measure 'Practice activity measures from national files, for `report benchmark`'
            cand publish 'Write the group''s pages for its website and the board: representation, localities, practices, interests'
            cand init 'Create the register (also done on the first write)'
            cand db 'The register itself: where it is, checks, backups and copies'
            cand log 'The audit trail: every write, newest first'
            cand demo 'Build a fictional group''s register and show a short tour of it'
            cand completions 'Print a shell completion script'
            cand man 'Show a man page (roff when piped or with --roff), or write them all with --dir'
            cand complete-values 'The register''s values of one kind, for the completion scripts'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;help;practice'= {
            cand add 'Add a practice to the register'
            cand import 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
            cand list 'List practices, by code'
            cand show 'Show one practice with all the register holds about it'
            cand edit 'Change a practice''s details: its locality from a date, the rest for all time'
            cand history 'List a practice''s localities over time, and when it opened and closed'
            cand place 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
            cand close 'Close a practice; it is kept with its history and hidden from default lists'
        }
        &'engage;help;practice;add'= {
        }
        &'engage;help;practice;import'= {
        }
        &'engage;help;practice;list'= {
        }
        &'engage;help;practice;show'= {
        }
        &'engage;help;practice;edit'= {
        }
        &'engage;help;practice;history'= {
        }
        &'engage;help;practice;place'= {
        }
        &'engage;help;practice;close'= {
        }
        &'engage;help;locality'= {
            cand add 'Add a locality'
            cand list 'List localities with their practices, patients, lead and next meeting'
            cand show 'Show a locality and its practices'
            cand edit 'Rename or recode a locality (an empty --code clears it)'
            cand remove 'Remove a locality; refused while it holds practices unless they move'
        }
        &'engage;help;locality;add'= {
        }
        &'engage;help;locality;list'= {
        }
        &'engage;help;locality;show'= {
        }
        &'engage;help;locality;edit'= {
        }
        &'engage;help;locality;remove'= {
        }
        &'engage;help;person'= {
            cand add 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
            cand import 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
            cand list 'List people by name (those who left only with --all)'
            cand emails 'The email addresses of those who receive briefings, one a line (csv: name,email)'
            cand vcard 'vCard 4.0 cards of those who receive briefings, for an address book'
            cand show 'Show a person with their roles, interests and skills'
            cand edit 'Change a person''s details: practice, role and pay-to from a date, the rest for all time'
            cand history 'List a person''s practice, role and pay-to over time'
            cand leave 'Record that a person left; they are kept for history and their roles end'
            cand appoint 'Appoint a person to a role for a period'
            cand appointments 'List appointments, of one person or everyone'
            cand unappoint 'End an appointment'
            cand declare 'Declare an interest (the register of interests)'
            cand interests 'The register of declared interests'
        }
        &'engage;help;person;add'= {
        }
        &'engage;help;person;import'= {
        }
        &'engage;help;person;list'= {
        }
        &'engage;help;person;emails'= {
        }
        &'engage;help;person;vcard'= {
        }
        &'engage;help;person;show'= {
        }
        &'engage;help;person;edit'= {
        }
        &'engage;help;person;history'= {
        }
        &'engage;help;person;leave'= {
        }
        &'engage;help;person;appoint'= {
        }
        &'engage;help;person;appointments'= {
        }
        &'engage;help;person;unappoint'= {
        }
        &'engage;help;person;declare'= {
        }
        &'engage;help;person;interests'= {
        }
        &'engage;help;skill'= {
            cand add 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)'
            cand remove 'Remove skills from a person'
            cand list 'Every skill with its counts, or one person''s skills'
            cand import 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
            cand find 'People holding all the given skills, best level first, with their current sessions'
            cand survey 'Record a practice''s return of the skills survey, or list practices yet to return it'
        }
        &'engage;help;skill;add'= {
        }
        &'engage;help;skill;remove'= {
        }
        &'engage;help;skill;list'= {
        }
        &'engage;help;skill;import'= {
        }
        &'engage;help;skill;find'= {
        }
        &'engage;help;skill;survey'= {
        }
        &'engage;help;meeting'= {
            cand add 'Add one meeting'
            cand schedule 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays'
            cand list 'List meetings by date (all of them without dates; cancelled ones marked)'
            cand show 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
            cand attend 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
            cand unattend 'Remove a person''s attendance record from a meeting'
            cand declare 'Record an interest declared at a meeting by someone there, and whether they withdrew'
            cand item 'The agenda: numbered items and their papers'
            cand minute 'Record what was said under an item'
            cand decide 'Record a decision under an item'
            cand action 'Record an action under an item: what, who owns it, by when'
            cand minutes 'The minutes as Markdown on stdout, ready to circulate'
            cand note 'Keep a note with a meeting: what the practice said on a visit'
            cand held 'Record that a meeting was held though nobody''s attendance is recorded'
            cand cancel 'Cancel a meeting (kept, marked cancelled)'
            cand move 'Move a meeting to another date (and start)'
            cand ics 'The schedule as an iCalendar file (RFC 5545) on stdout'
        }
        &'engage;help;meeting;add'= {
        }
        &'engage;help;meeting;schedule'= {
        }
        &'engage;help;meeting;list'= {
        }
        &'engage;help;meeting;show'= {
        }
        &'engage;help;meeting;attend'= {
        }
        &'engage;help;meeting;unattend'= {
        }
        &'engage;help;meeting;declare'= {
        }
        &'engage;help;meeting;item'= {
            cand add 'Add the next item to a meeting''s agenda'
            cand list 'A meeting''s agenda with what was minuted, decided and actioned under each item'
        }
        &'engage;help;meeting;item;add'= {
        }
        &'engage;help;meeting;item;list'= {
        }
        &'engage;help;meeting;minute'= {
        }
        &'engage;help;meeting;decide'= {
        }
        &'engage;help;meeting;action'= {
        }
        &'engage;help;meeting;minutes'= {
        }
        &'engage;help;meeting;note'= {
        }
        &'engage;help;meeting;held'= {
        }
        &'engage;help;meeting;cancel'= {
        }
        &'engage;help;meeting;move'= {
        }
        &'engage;help;meeting;ics'= {
        }
        &'engage;help;session'= {
            cand rate 'Session rates per category, with the dates they apply from'
            cand accrue 'Accrue an ended month''s appointment lines, with arrears since the first run'
            cand claim 'Claim sessions worked on a project or for a fund, to be approved'
            cand approve 'Approve claimed lines for payment'
            cand reject 'Reject a claim, saying why'
            cand list 'List session lines by work date'
            cand export 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
            cand budget 'Budgets per fund and financial year, with spend and what remains'
        }
        &'engage;help;session;rate'= {
            cand set 'Set the price of one session for a category from a date'
            cand list 'List the rates'
        }
        &'engage;help;session;rate;set'= {
        }
        &'engage;help;session;rate;list'= {
        }
        &'engage;help;session;accrue'= {
        }
        &'engage;help;session;claim'= {
        }
        &'engage;help;session;approve'= {
        }
        &'engage;help;session;reject'= {
        }
        &'engage;help;session;list'= {
        }
        &'engage;help;session;export'= {
        }
        &'engage;help;session;budget'= {
            cand set 'Set a fund''s budget for a financial year (April to March)'
            cand list 'List budgets with spend (approved and paid lines) and what remains'
        }
        &'engage;help;session;budget;set'= {
        }
        &'engage;help;session;budget;list'= {
        }
        &'engage;help;report'= {
            cand engagement 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
            cand localities 'Per locality: practices, patients, lead, meetings held, mean representation'
            cand sessions 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
            cand sessional-gps 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
            cand visits 'Practices visited and not visited in the round'
            cand schemes 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
            cand reach 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
            cand benchmark 'A measure per practice against England: funnel limits and signals, with a funnel plot'
            cand skills 'Each skill with the people and localities that have it, and the localities with no one'
            cand coverage 'GPs in the NHS workforce census per practice against those the register knows there'
            cand interests 'The register of declared interests in force in the period, ready to publish'
        }
        &'engage;help;report;engagement'= {
        }
        &'engage;help;report;localities'= {
        }
        &'engage;help;report;sessions'= {
        }
        &'engage;help;report;sessional-gps'= {
        }
        &'engage;help;report;visits'= {
        }
        &'engage;help;report;schemes'= {
        }
        &'engage;help;report;reach'= {
        }
        &'engage;help;report;benchmark'= {
        }
        &'engage;help;report;skills'= {
        }
        &'engage;help;report;coverage'= {
        }
        &'engage;help;report;interests'= {
        }
        &'engage;help;project'= {
            cand add 'Add a time-limited project and the skills it needs'
            cand list 'List projects'
            cand show 'Show a project, its people and who matches its needs'
            cand close 'Close a project; its assignments end'
            cand match 'People whose skills cover the project''s needs, best first'
            cand advertise 'Print the project''s advert and record it as a briefing to those it goes to'
            cand interest 'Record that someone would like to work on a project'
            cand assign 'Assign a person to a project (an appointment tied to it)'
        }
        &'engage;help;project;add'= {
        }
        &'engage;help;project;list'= {
        }
        &'engage;help;project;show'= {
        }
        &'engage;help;project;close'= {
        }
        &'engage;help;project;match'= {
        }
        &'engage;help;project;advertise'= {
        }
        &'engage;help;project;interest'= {
        }
        &'engage;help;project;assign'= {
        }
        &'engage;help;group'= {
            cand add 'Add a peer group, committee or forum'
            cand list 'List the groups with their members today and their next meeting'
            cand show 'Show a group: members and their terms, its practices and their mix'
            cand edit 'Rename a group or change its quorum (for meetings added from now on)'
            cand remove 'Remove a group that has no meetings, with its memberships'
            cand join 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
            cand leave 'End a practice''s or person''s seat on a day (their last)'
        }
        &'engage;help;group;add'= {
        }
        &'engage;help;group;list'= {
        }
        &'engage;help;group;show'= {
        }
        &'engage;help;group;edit'= {
        }
        &'engage;help;group;remove'= {
        }
        &'engage;help;group;join'= {
        }
        &'engage;help;group;leave'= {
        }
        &'engage;help;action'= {
            cand list 'List actions agreed at meetings, by number'
            cand done 'Mark an action done'
        }
        &'engage;help;action;list'= {
        }
        &'engage;help;action;done'= {
        }
        &'engage;help;scheme'= {
            cand add 'Add a scheme that pays practices per registered patient'
            cand list 'List the schemes with their practices, patients and money'
            cand show 'Show a scheme: per practice its enrolment, money, commitments and reviews'
            cand enrol 'Enrol practices (their list size that day is kept), and name a practice lead'
            cand withdraw 'Withdraw a practice: no instalment after the day is earned'
            cand commit 'Record what a practice committed to'
            cand review 'Record a review of a practice''s commitments'
        }
        &'engage;help;scheme;add'= {
        }
        &'engage;help;scheme;list'= {
        }
        &'engage;help;scheme;show'= {
        }
        &'engage;help;scheme;enrol'= {
        }
        &'engage;help;scheme;withdraw'= {
        }
        &'engage;help;scheme;commit'= {
        }
        &'engage;help;scheme;review'= {
        }
        &'engage;help;briefing'= {
            cand add 'Record a briefing sent, with its recipients as they are now'
            cand list 'List the briefings sent, by number'
            cand show 'Show a briefing and the people it went to'
        }
        &'engage;help;briefing;add'= {
        }
        &'engage;help;briefing;list'= {
        }
        &'engage;help;briefing;show'= {
        }
        &'engage;help;measure'= {
            cand add 'Add a measure: a count per N registered patients (prescription items, a disease register)'
            cand list 'List the measures with the periods imported'
            cand remove 'Remove a measure and every value imported for it'
            cand import 'Import one value a practice for a period from a national file (every practice in England)'
        }
        &'engage;help;measure;add'= {
        }
        &'engage;help;measure;list'= {
        }
        &'engage;help;measure;remove'= {
        }
        &'engage;help;measure;import'= {
        }
        &'engage;help;publish'= {
        }
        &'engage;help;init'= {
        }
        &'engage;help;db'= {
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
            cand copy 'Copy a whole register into a new one: a file to a team''s server, or back'
            cand init-roles 'Make the team register''s two roles, to write and to read (its database''s owner, once)'
        }
        &'engage;help;db;path'= {
        }
        &'engage;help;db;check'= {
        }
        &'engage;help;db;backup'= {
        }
        &'engage;help;db;copy'= {
        }
        &'engage;help;db;init-roles'= {
        }
        &'engage;help;log'= {
        }
        &'engage;help;demo'= {
        }
        &'engage;help;completions'= {
        }
        &'engage;help;man'= {
        }
        &'engage;help;complete-values'= {
        }
        &'engage;help;help'= {
        }
    ]
    $completions[$command]
}


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
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand practice 'Member practices: add, import NHS files, list, show, edit, close'
            cand locality 'Localities: the groups of practices that meet monthly'
            cand init 'Create the register (also done on the first write)'
            cand db 'The register file: its path, checks and backups'
            cand log 'The audit trail: every write, newest first'
            cand demo 'Build a fictional group''s register and show a short tour of it'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;practice'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a practice to the register'
            cand import 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
            cand list 'List practices, by code'
            cand show 'Show one practice with all the register holds about it'
            cand edit 'Change a practice''s details (an empty value clears an optional field)'
            cand close 'Close a practice; it is kept with its history and hidden from default lists'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;practice;add'= {
            cand --locality 'The locality it belongs to (name or code)'
            cand --list-size 'Registered patients'
            cand --postcode 'postcode'
            cand --phone 'phone'
            cand --setting 'setting'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;import'= {
            cand --source 'What kind of file it is; `auto` tells by the first line'
            cand --commissioner 'Take only this commissioner''s rows (epraccur field 15, or the list-size file''s CCG/sub-ICB code)'
            cand --locality 'Where new practices go when the file names no locality [default: Unassigned]'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand --dry-run 'Show what would change and write nothing'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;list'= {
            cand --locality 'Only this locality''s practices (name or code)'
            cand --status 'Open, closed or all practices'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;show'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;edit'= {
            cand --name 'name'
            cand --locality 'Move the practice to this locality (name or code)'
            cand --list-size 'list-size'
            cand --postcode 'postcode'
            cand --phone 'phone'
            cand --setting 'setting'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;practice;close'= {
            cand --date 'The day it closed [default: today]'
            cand --merged-into 'The practice it merged into'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
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
            cand edit 'Change a practice''s details (an empty value clears an optional field)'
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
        &'engage;practice;help;close'= {
        }
        &'engage;practice;help;help'= {
        }
        &'engage;locality'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
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
            cand --code 'A short code, e.g. EVE'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;list'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;show'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;edit'= {
            cand --name 'The new name'
            cand --code 'The new code ('''' clears it)'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;locality;remove'= {
            cand --move-practices-to 'Move its practices (open and closed) to this locality first'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
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
        &'engage;init'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register''s integrity and foreign keys (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;db;path'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;check'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;backup'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;db;help'= {
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register''s integrity and foreign keys (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;db;help;path'= {
        }
        &'engage;db;help;check'= {
        }
        &'engage;db;help;backup'= {
        }
        &'engage;db;help;help'= {
        }
        &'engage;log'= {
            cand --limit 'How many entries, newest first'
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;demo'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;completions'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;man'= {
            cand --db 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]'
            cand --format 'Output format for data on stdout'
            cand -q 'Silence messages on stderr (warnings and errors still show)'
            cand --quiet 'Silence messages on stderr (warnings and errors still show)'
            cand -y 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand --yes 'Answer yes to confirmations; needed for destructive commands off a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'engage;help'= {
            cand practice 'Member practices: add, import NHS files, list, show, edit, close'
            cand locality 'Localities: the groups of practices that meet monthly'
            cand init 'Create the register (also done on the first write)'
            cand db 'The register file: its path, checks and backups'
            cand log 'The audit trail: every write, newest first'
            cand demo 'Build a fictional group''s register and show a short tour of it'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff) on stdout'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'engage;help;practice'= {
            cand add 'Add a practice to the register'
            cand import 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
            cand list 'List practices, by code'
            cand show 'Show one practice with all the register holds about it'
            cand edit 'Change a practice''s details (an empty value clears an optional field)'
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
        &'engage;help;init'= {
        }
        &'engage;help;db'= {
            cand path 'Print the register''s path (it need not exist yet)'
            cand check 'Check the register''s integrity and foreign keys (exit 1 on any problem)'
            cand backup 'Write a consistent copy of the register to a new file, while others may write'
        }
        &'engage;help;db;path'= {
        }
        &'engage;help;db;check'= {
        }
        &'engage;help;db;backup'= {
        }
        &'engage;help;log'= {
        }
        &'engage;help;demo'= {
        }
        &'engage;help;completions'= {
        }
        &'engage;help;man'= {
        }
        &'engage;help;help'= {
        }
    ]
    $completions[$command]
}

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_engage_global_optspecs
    string join \n db= format= q/quiet y/yes no-pager h/help V/version
end

function __fish_engage_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_engage_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_engage_using_subcommand
    set -l cmd (__fish_engage_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c engage -n "__fish_engage_needs_command" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_needs_command" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_needs_command" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_needs_command" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_needs_command" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_needs_command" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_needs_command" -f -a "practice" -d 'Member practices: add, import NHS files, list, show, edit, history, close'
complete -c engage -n "__fish_engage_needs_command" -f -a "locality" -d 'Localities: the groups of practices that meet monthly'
complete -c engage -n "__fish_engage_needs_command" -f -a "person" -d 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses'
complete -c engage -n "__fish_engage_needs_command" -f -a "skill" -d 'Skills and interests of people, the search for the right person, the skills survey'
complete -c engage -n "__fish_engage_needs_command" -f -a "meeting" -d 'Meetings: the year\'s schedule, who came for which practice, declarations, the calendar'
complete -c engage -n "__fish_engage_needs_command" -f -a "session" -d 'Sessions and payments: rates, claims, the monthly payment CSV, budgets'
complete -c engage -n "__fish_engage_needs_command" -f -a "report" -d 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests'
complete -c engage -n "__fish_engage_needs_command" -f -a "project" -d 'Time-limited commissioning projects and who works on them'
complete -c engage -n "__fish_engage_needs_command" -f -a "group" -d 'Peer groups, committees and forums, and who sits on them over time'
complete -c engage -n "__fish_engage_needs_command" -f -a "action" -d 'Actions agreed at meetings: what is open, what is overdue, marking them done'
complete -c engage -n "__fish_engage_needs_command" -f -a "scheme" -d 'Schemes that pay practices per patient: enrolment, commitments, reviews'
complete -c engage -n "__fish_engage_needs_command" -f -a "briefing" -d 'Briefings sent to every GP (sessional GPs included), kept with their recipients'
complete -c engage -n "__fish_engage_needs_command" -f -a "measure" -d 'Practice activity measures from national files, for `report benchmark`'
complete -c engage -n "__fish_engage_needs_command" -f -a "publish" -d 'Write the group\'s pages for its website and the board: representation, localities, practices, interests'
complete -c engage -n "__fish_engage_needs_command" -f -a "init" -d 'Create the register (also done on the first write)'
complete -c engage -n "__fish_engage_needs_command" -f -a "db" -d 'The register itself: where it is, checks, backups and copies'
complete -c engage -n "__fish_engage_needs_command" -f -a "log" -d 'The audit trail: every write, newest first'
complete -c engage -n "__fish_engage_needs_command" -f -a "demo" -d 'Build a fictional group\'s register and show a short tour of it'
complete -c engage -n "__fish_engage_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c engage -n "__fish_engage_needs_command" -f -a "man" -d 'Show a man page (roff when piped or with --roff), or write them all with --dir'
complete -c engage -n "__fish_engage_needs_command" -f -a "complete-values" -d 'The register\'s values of one kind, for the completion scripts'
complete -c engage -n "__fish_engage_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "edit" -d 'Change a practice\'s details: its locality from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "history" -d 'List a practice\'s localities over time, and when it opened and closed'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "place" -d 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit history place close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l locality -d 'The locality it belongs to (name or code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l list-size -d 'Registered patients' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l postcode -d 'Postcode (stored upper-case, one space)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l phone -d 'Phone number' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l setting -d 'Urban, rural or mixed' -r -f -a "urban\t''
rural\t''
mixed\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l opened -d 'The day it opened: it is expected at its locality\'s meetings from then on' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l source -d 'What kind of file it is; `auto` tells by the first line' -r -f -a "auto\t'Tell the kinds apart by the file\'s first line'
engage\t'engage\'s CSV: header `code,name,locality,list_size,postcode,phone,setting`'
epraccur\t'The NHS ODS practice file: no header, 27 quoted fields'
list-sizes\t'The NHS registered-patients totals: header with CODE and NUMBER_OF_PATIENTS'
workforce\t'The NHS GP workforce census (PRAC_CODE or code, TOTAL_GP_HC), as at --as-at: dated figures of practices already held ([`crate::practice::census`])'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l commissioner -d 'Take only this commissioner\'s rows (epraccur field 15, or the list-size file\'s CCG/sub-ICB code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l locality -d 'Where new practices go when the file names no locality [default: Unassigned]' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l as-at -d 'The census date of a workforce census (--source workforce)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would change and write nothing'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l locality -d 'Only this locality\'s practices (name or code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l status -d 'Open, closed or all practices' -r -f -a "open\t''
closed\t''
all\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l name -d 'Correct the name' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l locality -d 'Move the practice to this locality (name or code), from --from' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l list-size -d 'Registered patients' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l postcode -d 'Correct the postcode (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l phone -d 'Correct the phone number (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l setting -d 'Urban, rural or mixed' -r -f -a "urban\t''
rural\t''
mixed\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l from -d 'The first day in the new locality; the old one ends the day before [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l correction -d 'Replace the locality for all time: a typing mistake, not a move'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -l from -d 'The first day in the new locality, for practices that move [default: today]; practices still in Unassigned are placed for all time' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -l dry-run -d 'Show the counts and write nothing'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from place" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l date -d 'The day it closed [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l merged-into -d 'The practice it merged into' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a practice\'s details: its locality from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "history" -d 'List a practice\'s localities over time, and when it opened and closed'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "place" -d 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l code -d 'A short code, e.g. EVE' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l name -d 'The new name' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l code -d 'The new code (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l move-practices-to -d 'Move its practices (open and closed) to this locality first' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "add" -d 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "import" -d 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "list" -d 'List people by name (those who left only with --all)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "emails" -d 'The email addresses of those who receive briefings, one a line (csv: name,email)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "vcard" -d 'vCard 4.0 cards of those who receive briefings, for an address book'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "show" -d 'Show a person with their roles, interests and skills'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "edit" -d 'Change a person\'s details: practice, role and pay-to from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "history" -d 'List a person\'s practice, role and pay-to over time'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "leave" -d 'Record that a person left; they are kept for history and their roles end'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "appoint" -d 'Appoint a person to a role for a period'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "appointments" -d 'List appointments, of one person or everyone'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "unappoint" -d 'End an appointment'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "declare" -d 'Declare an interest (the register of interests)'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "interests" -d 'The register of declared interests'
complete -c engage -n "__fish_engage_using_subcommand person; and not __fish_seen_subcommand_from add import list emails vcard show edit history leave appoint appointments unappoint declare interests help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l role -d 'The contract or job: gp-partner, gp-salaried, gp-locum, practice-manager, nurse or other' -r -f -a "gp-partner\t''
gp-salaried\t''
gp-locum\t''
practice-manager\t''
nurse\t''
other\t''"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l practice -d 'Their practice (a locum may have none)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l email -d 'Email address (unique in the register)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l phone -d 'Phone number' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l gmc -d 'GMC reference number (seven digits)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l pay-to -d 'Who is paid for their sessions [default: practice if they have one, else self]' -r -f -a "self\t'The person themselves'
practice\t'The practice they work at'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l briefings -d 'Whether they receive briefings [default: yes; only those with an email can]' -r -f -a "yes\t''
no\t''"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -l dry-run -d 'Show the counts and write nothing'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l role -d 'Only these roles: a comma list, with globs such as gp-*' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l practice -d 'Only people of this practice (ODS code)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l group -d 'Only members of this group today, in person or through their practice' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l skill -d 'Only people with this skill' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l sessional -d 'Only salaried and locum GPs'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l opted-in -d 'Only people who receive briefings and have an email'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -l all -d 'Include people who have left'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l role -d 'Only these roles: a comma list, with globs such as gp-*' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l practice -d 'Only people of this practice (ODS code)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l group -d 'Only members of this group today, in person or through their practice' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l skill -d 'Only people with this skill' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l sessional -d 'Only salaried and locum GPs'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -l opted-in -d 'Only people who receive briefings and have an email'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from emails" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l role -d 'Only these roles: a comma list, with globs such as gp-*' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l practice -d 'Only people of this practice (ODS code)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l group -d 'Only members of this group today, in person or through their practice' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l skill -d 'Only people with this skill' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l sessional -d 'Only salaried and locum GPs'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -l opted-in -d 'Only people who receive briefings and have an email'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from vcard" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l name -d 'Correct the name' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l role -d 'A new contract or job, from --from' -r -f -a "gp-partner\t''
gp-salaried\t''
gp-locum\t''
practice-manager\t''
nurse\t''
other\t''"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l practice -d 'A move to another practice, from --from (\'\' for none: locums and others)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l email -d 'Correct the email (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l phone -d 'Correct the phone number (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l gmc -d 'Correct the GMC number (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l pay-to -d 'Who is paid for their sessions, from --from' -r -f -a "self\t'The person themselves'
practice\t'The practice they work at'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l briefings -d 'Whether they receive briefings' -r -f -a "yes\t''
no\t''"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l from -d 'The first day a new practice, role or pay-to holds; the old one ends the day before [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -l correction -d 'Replace the practice, role or pay-to for all time: a typing mistake, not a change'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -l date -d 'The day they left [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -l correction -d 'Move the leaving date already recorded to --date (a typing mistake)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l locality -d 'The locality of a locality-lead' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l practice -d 'The practice of a nominated-gp or practice-lead [default: their own]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l project -d 'The project a clinical lead works on' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l sessions-per-month -d 'Sessions paid a month for the role (two decimals at most)' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l from -d 'First day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l until -d 'Last day [default: open-ended]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -l locum -d 'A nominated GP who is a locum sitting for the practice, not one of its GPs'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appoint" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -l current -d 'Only those in force today'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from appointments" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -l date -d 'The last day of the appointment [default: today; an appointment that has not started is removed]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from unappoint" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -l from -d 'The first day the interest held [default: unknown]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -l until -d 'The last day it held [default: still holds]' -r
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from declare" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from interests" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "list" -d 'List people by name (those who left only with --all)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "emails" -d 'The email addresses of those who receive briefings, one a line (csv: name,email)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "vcard" -d 'vCard 4.0 cards of those who receive briefings, for an address book'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a person with their roles, interests and skills'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a person\'s details: practice, role and pay-to from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "history" -d 'List a person\'s practice, role and pay-to over time'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Record that a person left; they are kept for history and their roles end'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "appoint" -d 'Appoint a person to a role for a period'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "appointments" -d 'List appointments, of one person or everyone'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "unappoint" -d 'End an appointment'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "declare" -d 'Declare an interest (the register of interests)'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "interests" -d 'The register of declared interests'
complete -c engage -n "__fish_engage_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "add" -d 'Record skills or interests of a person (\'Urgent Care\' and urgent-care are one skill)'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "remove" -d 'Remove skills from a person'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "list" -d 'Every skill with its counts, or one person\'s skills'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "import" -d 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "find" -d 'People holding all the given skills, best level first, with their current sessions'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "survey" -d 'Record a practice\'s return of the skills survey, or list practices yet to return it'
complete -c engage -n "__fish_engage_using_subcommand skill; and not __fish_seen_subcommand_from add remove list import find survey help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -l level -d 'How well they know it' -r -f -a "interest\t''
experienced\t''
specialist\t''"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -l dry-run -d 'Show the counts and write nothing'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l role -d 'Only people with this contract or job' -r -f -a "gp-partner\t''
gp-salaried\t''
gp-locum\t''
practice-manager\t''
nurse\t''
other\t''"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l level -d 'At least this level in every skill' -r -f -a "interest\t''
experienced\t''
specialist\t''"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -l returned -d 'The day it came back [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -l missing -d 'List the open practices that have not returned it'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from survey" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record skills or interests of a person (\'Urgent Care\' and urgent-care are one skill)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove skills from a person'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every skill with its counts, or one person\'s skills'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "find" -d 'People holding all the given skills, best level first, with their current sessions'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "survey" -d 'Record a practice\'s return of the skills survey, or list practices yet to return it'
complete -c engage -n "__fish_engage_using_subcommand skill; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "add" -d 'Add one meeting'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "schedule" -d 'A year of monthly meetings by a rule such as \'2nd tue\', moved off bank holidays'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "list" -d 'List meetings by date (all of them without dates; cancelled ones marked)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "show" -d 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "attend" -d 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "unattend" -d 'Remove a person\'s attendance record from a meeting'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "declare" -d 'Record an interest declared at a meeting by someone there, and whether they withdrew'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "item" -d 'The agenda: numbered items and their papers'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "minute" -d 'Record what was said under an item'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "decide" -d 'Record a decision under an item'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "action" -d 'Record an action under an item: what, who owns it, by when'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "minutes" -d 'The minutes as Markdown on stdout, ready to circulate'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "note" -d 'Keep a note with a meeting: what the practice said on a visit'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "held" -d 'Record that a meeting was held though nobody\'s attendance is recorded'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "cancel" -d 'Cancel a meeting (kept, marked cancelled)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "move" -d 'Move a meeting to another date (and start)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "ics" -d 'The schedule as an iCalendar file (RFC 5545) on stdout'
complete -c engage -n "__fish_engage_using_subcommand meeting; and not __fish_seen_subcommand_from add schedule list show attend unattend declare item minute decide action minutes note held cancel move ics help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l kind -d 'The kind of meeting' -r -f -a "locality\t''
board\t''
peer-group\t''
development-day\t''
protected-learning\t''
practice-managers\t''
patient-forum\t''
visit\t'A roadshow visit to one practice'
other\t''"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l locality -d 'The locality whose meeting it is (for --kind locality)' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l practice -d 'The practice (a visit\'s practice)' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l group -d 'The peer group, committee or forum whose meeting it is' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l round -d 'The round of the roadshow a visit belongs to' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l topic -d 'What a visit is about' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l date -d 'The day of the meeting' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l start -d 'Start time, HH:MM (Europe/London)' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l duration -d 'Length, e.g. 2h30m or 90m' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l title -d 'A title for the calendar and the minutes' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l location -d 'Where it is held' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l sessions -d 'Sessions paid to each eligible GP who attends [default: 1 for locality, else 0]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l quorum -d 'People needed (present, not withdrawn) for decisions [default: the group\'s]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l kind -d 'The kind of meeting [default: locality; a group\'s: peer-group, board or other]' -r -f -a "locality\t''
board\t''
peer-group\t''
development-day\t''
protected-learning\t''
practice-managers\t''
patient-forum\t''
visit\t'A roadshow visit to one practice'
other\t''"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l locality -d 'The locality whose meetings these are' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l group -d 'The group whose meetings these are (instead of a locality)' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l year -d 'The calendar year, e.g. 2027' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l fy -d 'The financial year instead (April to March), e.g. 2027-28' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l rule -d 'Which day of each month: \'1st mon\', \'2nd tue\', \'3rd wed\', \'4th thu\', \'last fri\'' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l start -d 'The start time, HH:MM, Europe/London' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l duration -d 'How long, e.g. 2h30m or 90m [default: 2h]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l on-bank-holiday -d 'What to do when the day is a bank holiday in England and Wales' -r -f -a "next-working-day\t''
skip\t''
keep\t''"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -l dry-run -d 'Show the dates and write nothing'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l from -d 'Only meetings from this day' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l to -d 'Only meetings up to this day' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l locality -d 'Only this locality\'s meetings' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l kind -d 'Only meetings of this kind' -r -f -a "locality\t''
board\t''
peer-group\t''
development-day\t''
protected-learning\t''
practice-managers\t''
patient-forum\t''
visit\t'A roadshow visit to one practice'
other\t''"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l group -d 'Only this group\'s meetings' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -l upcoming -d 'Only meetings from today on that are not cancelled'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l for-practice -d 'The practice they sat for [default: their own]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l file -d 'A sign-in CSV `person,for_practice,status` (status attended, virtual or apologies), or - for stdin' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l virtual -d 'They joined remotely'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -l apologies -d 'They sent apologies'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from attend" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from unattend" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -l item -d 'The agenda item it is about [default: the whole meeting]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -l withdrew -d 'They withdrew (from the item, or from the meeting): they do not count towards its quorum'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from declare" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -f -a "add" -d 'Add the next item to a meeting\'s agenda'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -f -a "list" -d 'A meeting\'s agenda with what was minuted, decided and actioned under each item'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from item" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -l item -d 'The agenda item\'s number' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minute" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -l item -d 'The agenda item\'s number' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from decide" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l item -d 'The agenda item\'s number' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l owner -d 'Who owns it: id, email, GMC number or name' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l due -d 'When it is due' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from action" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from minutes" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from note" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from held" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l reason -d 'Why it was cancelled, for the calendar' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -l date -d 'The new day' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -l start -d 'The new start time, HH:MM [default: as it was]' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l locality -d 'Only this locality\'s meetings' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l kind -d 'Only meetings of this kind' -r -f -a "locality\t''
board\t''
peer-group\t''
development-day\t''
protected-learning\t''
practice-managers\t''
patient-forum\t''
visit\t'A roadshow visit to one practice'
other\t''"
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l from -d 'Only meetings from this day' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l to -d 'Only meetings up to this day' -r
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from ics" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add one meeting'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'A year of monthly meetings by a rule such as \'2nd tue\', moved off bank holidays'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "list" -d 'List meetings by date (all of them without dates; cancelled ones marked)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "attend" -d 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "unattend" -d 'Remove a person\'s attendance record from a meeting'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "declare" -d 'Record an interest declared at a meeting by someone there, and whether they withdrew'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "item" -d 'The agenda: numbered items and their papers'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "minute" -d 'Record what was said under an item'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "decide" -d 'Record a decision under an item'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "action" -d 'Record an action under an item: what, who owns it, by when'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "minutes" -d 'The minutes as Markdown on stdout, ready to circulate'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "note" -d 'Keep a note with a meeting: what the practice said on a visit'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "held" -d 'Record that a meeting was held though nobody\'s attendance is recorded'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a meeting (kept, marked cancelled)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "move" -d 'Move a meeting to another date (and start)'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "ics" -d 'The schedule as an iCalendar file (RFC 5545) on stdout'
complete -c engage -n "__fish_engage_using_subcommand meeting; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "rate" -d 'Session rates per category, with the dates they apply from'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "accrue" -d 'Accrue an ended month\'s appointment lines, with arrears since the first run'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "claim" -d 'Claim sessions worked on a project or for a fund, to be approved'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "approve" -d 'Approve claimed lines for payment'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "reject" -d 'Reject a claim, saying why'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "list" -d 'List session lines by work date'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "export" -d 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "budget" -d 'Budgets per fund and financial year, with spend and what remains'
complete -c engage -n "__fish_engage_using_subcommand session; and not __fish_seen_subcommand_from rate accrue claim approve reject list export budget help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -f -a "set" -d 'Set the price of one session for a category from a date'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -f -a "list" -d 'List the rates'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from rate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -l month -d 'YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -l dry-run -d 'Show what would change and write nothing'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from accrue" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l date -d 'The day the work was done' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l sessions -d 'Sessions worked (two decimals at most; negative for a correction)' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l project -d 'The project the work was for' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l fund -d 'A fund such as contingency' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l note -d 'A note on the claim, in a line' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from claim" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -l reason -d 'Why the claim is rejected' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from reject" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l month -d 'Only lines worked in this month' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l person -d 'Only this person\'s lines' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l status -d 'Only lines in this state (held and lapsed: scheme instalments kept back by the scheme\'s condition)' -r -f -a "claimed\t''
approved\t''
rejected\t''
paid\t''
held\t'An instalment held until its scheme\'s condition is met'
lapsed\t'An instalment whose scheme ended before its condition was met: never paid'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l month -d 'The payment month: YYYY-MM, this or last (the previous calendar month, for cron)' -r
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l out -d 'Write the file itself (private, whole or not at all), nothing on stdout: for cron' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l summary -d 'One row per payee instead of one per line'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l finalise -d 'Write the CSV, then mark its lines paid in this month\'s run, once the month has ended (needs --yes off a terminal)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -l force -d 'With --out: replace a file that holds something else'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -f -a "set" -d 'Set a fund\'s budget for a financial year (April to March)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -f -a "list" -d 'List budgets with spend (approved and paid lines) and what remains'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from budget" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "rate" -d 'Session rates per category, with the dates they apply from'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "accrue" -d 'Accrue an ended month\'s appointment lines, with arrears since the first run'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "claim" -d 'Claim sessions worked on a project or for a fund, to be approved'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve claimed lines for payment'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Reject a claim, saying why'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "list" -d 'List session lines by work date'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "export" -d 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "budget" -d 'Budgets per fund and financial year, with spend and what remains'
complete -c engage -n "__fish_engage_using_subcommand session; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "engagement" -d 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "localities" -d 'Per locality: practices, patients, lead, meetings held, mean representation'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "sessions" -d 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "sessional-gps" -d 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "visits" -d 'Practices visited and not visited in the round'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "schemes" -d 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "reach" -d 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "benchmark" -d 'A measure per practice against England: funnel limits and signals, with a funnel plot'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "skills" -d 'Each skill with the people and localities that have it, and the localities with no one'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "coverage" -d 'GPs in the NHS workforce census per practice against those the register knows there'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "interests" -d 'The register of declared interests in force in the period, ready to publish'
complete -c engage -n "__fish_engage_using_subcommand report; and not __fish_seen_subcommand_from engagement localities sessions sessional-gps visits schemes reach benchmark skills coverage interests help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from engagement" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from localities" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l by -d 'What to group the lines by' -r -f -a "month\t''
source\t''
fund\t''
role\t''
person\t''
locality\t'The locality of the practice a line counts for, on its work date; `none` for a line with no practice (a locum paid for a board role)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessions" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from sessional-gps" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l round -d 'Visited in this round of the roadshow (see `meeting add --round`)' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l since -d 'Visited on or after this day [default: the start of this financial year, or any day with --round]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from visits" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from schemes" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from reach" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l period -d 'The period imported [default: the latest imported]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l locality -d 'Only this locality\'s practices (its rate and England\'s stay as they are)' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l plot -d 'Also write the funnel plot to this SVG file (it opens in any browser); - for stdout, instead of the table' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from benchmark" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from skills" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from coverage" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l from -d 'First day [default: the start of this financial year]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l to -d 'Last day [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l month -d 'One month: YYYY-MM, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l fy -d 'A financial year: 2026-27, this or last' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l locality -d 'Only this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from interests" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "engagement" -d 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "localities" -d 'Per locality: practices, patients, lead, meetings held, mean representation'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "sessions" -d 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "sessional-gps" -d 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "visits" -d 'Practices visited and not visited in the round'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "schemes" -d 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "reach" -d 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "benchmark" -d 'A measure per practice against England: funnel limits and signals, with a funnel plot'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "skills" -d 'Each skill with the people and localities that have it, and the localities with no one'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "coverage" -d 'GPs in the NHS workforce census per practice against those the register knows there'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "interests" -d 'The register of declared interests in force in the period, ready to publish'
complete -c engage -n "__fish_engage_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "add" -d 'Add a time-limited project and the skills it needs'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "list" -d 'List projects'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "show" -d 'Show a project, its people and who matches its needs'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "close" -d 'Close a project; its assignments end'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "match" -d 'People whose skills cover the project\'s needs, best first'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "advertise" -d 'Print the project\'s advert and record it as a briefing to those it goes to'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "interest" -d 'Record that someone would like to work on a project'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "assign" -d 'Assign a person to a project (an appointment tied to it)'
complete -c engage -n "__fish_engage_using_subcommand project; and not __fish_seen_subcommand_from add list show close match advertise interest assign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l from -d 'The project\'s first day' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l until -d 'The project\'s last day' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l needs -d 'Skills needed, comma-separated' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l sessions-budget -d 'Sessions the project may pay for in all' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -l date -d 'The day it closed [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from match" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l role -d 'Only these roles: a comma list, with globs such as gp-*' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l practice -d 'Only people of this practice (ODS code)' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l group -d 'Only members of this group today, in person or through their practice' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l skill -d 'Only people with this skill' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l sessional -d 'Only salaried and locum GPs'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -l opted-in -d 'Only people who receive briefings and have an email'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from advertise" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -l note -d 'What they said' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from interest" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l role -d 'The role on the project, e.g. clinical-lead' -r -f -a "clinical-lead\t''
manager\t''
member\t''"
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l sessions-per-month -d 'Sessions a month, paid for each month it is active (0.01 to 40)' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l from -d 'First day [default: today, or the project\'s start if later]' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l until -d 'Last day [default: the project\'s end]' -r
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a time-limited project and the skills it needs'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "list" -d 'List projects'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a project, its people and who matches its needs'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a project; its assignments end'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "match" -d 'People whose skills cover the project\'s needs, best first'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "advertise" -d 'Print the project\'s advert and record it as a briefing to those it goes to'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "interest" -d 'Record that someone would like to work on a project'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a person to a project (an appointment tied to it)'
complete -c engage -n "__fish_engage_using_subcommand project; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "add" -d 'Add a peer group, committee or forum'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "list" -d 'List the groups with their members today and their next meeting'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "show" -d 'Show a group: members and their terms, its practices and their mix'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "edit" -d 'Rename a group or change its quorum (for meetings added from now on)'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "remove" -d 'Remove a group that has no meetings, with its memberships'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "join" -d 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "leave" -d 'End a practice\'s or person\'s seat on a day (their last)'
complete -c engage -n "__fish_engage_using_subcommand group; and not __fish_seen_subcommand_from add list show edit remove join leave help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -l kind -d 'What sort of group it is' -r -f -a "peer-group\t'Practices that meet to learn from each other'
committee\t'A board or committee: voting members and a quorum'
forum\t'A forum (practice managers, nurses, patients)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -l quorum -d 'Voting members needed at its meetings (present, not withdrawn)' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -l quorum -d 'Voting members needed at meetings added from now on' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l from -d 'The first day of the seat [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l until -d 'The last day of the seat [default: open-ended]' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l voting -d 'The people vote [default for a committee\'s people]'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -l non-voting -d 'The people do not vote [default outside committees]'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -l date -d 'The last day of the seat' -r
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a peer group, committee or forum'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the groups with their members today and their next meeting'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a group: members and their terms, its practices and their mix'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename a group or change its quorum (for meetings added from now on)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a group that has no meetings, with its memberships'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "join" -d 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "leave" -d 'End a practice\'s or person\'s seat on a day (their last)'
complete -c engage -n "__fish_engage_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "list" -d 'List actions agreed at meetings, by number'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "done" -d 'Mark an action done'
complete -c engage -n "__fish_engage_using_subcommand action; and not __fish_seen_subcommand_from list done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l owner -d 'Only this person\'s actions' -r
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l group -d 'Only actions from this group\'s meetings' -r
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l open -d 'Only actions not done yet'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -l overdue -d 'Only actions not done and due before today'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -l date -d 'The day it was done [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -l note -d 'What was done' -r
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "list" -d 'List actions agreed at meetings, by number'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark an action done'
complete -c engage -n "__fish_engage_using_subcommand action; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "add" -d 'Add a scheme that pays practices per registered patient'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "list" -d 'List the schemes with their practices, patients and money'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "show" -d 'Show a scheme: per practice its enrolment, money, commitments and reviews'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "enrol" -d 'Enrol practices (their list size that day is kept), and name a practice lead'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "withdraw" -d 'Withdraw a practice: no instalment after the day is earned'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "commit" -d 'Record what a practice committed to'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "review" -d 'Record a review of a practice\'s commitments'
complete -c engage -n "__fish_engage_using_subcommand scheme; and not __fish_seen_subcommand_from add list show enrol withdraw commit review help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l per-patient -d 'Pounds paid per registered patient, e.g. 2 or 1.50' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l from -d 'The scheme\'s first day' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l until -d 'The scheme\'s last day' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l instalments -d 'How each practice\'s payment is split' -r -f -a "once\t'All of it when the practice enrols'
quarterly\t'At the end of each calendar quarter'
monthly\t'At the end of each month'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l fund -d 'The fund it is paid from [default: scheme:<name>]' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l commitments -d 'Commitments each practice makes (improvement areas, audits)' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l review-after -d 'Months after enrolment that a review is due' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l pay-after -d 'Hold each practice\'s instalments until it has made the commitments, or until a review finds them met or partly met' -r -f -a "committed\t'The practice has made the commitments the scheme requires'
reviewed\t'A review found its commitments met or partly met (instalments before the review is due are paid)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l date -d 'The day they enrol [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l lead -d 'Appoint this person the practice\'s practice-lead from that day (one practice)' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l lead-sessions -d 'Sessions a month paid to the lead' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from enrol" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -l date -d 'The last day it takes part' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from withdraw" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l kind -d 'What sort of commitment it is' -r -f -a "improvement\t''
audit\t''
other\t''"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l agreed-with -d 'Who agreed it with the practice (the locality lead, say): a person' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l priority -d 'Its order among the practice\'s commitments: 1 comes first' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from commit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l date -d 'The day of the review' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l outcome -d 'What the review found' -r -f -a "met\t''
partly\t''
not-met\t''"
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l note -d 'A note for the record' -r
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a scheme that pays practices per registered patient'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the schemes with their practices, patients and money'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a scheme: per practice its enrolment, money, commitments and reviews'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "enrol" -d 'Enrol practices (their list size that day is kept), and name a practice lead'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "withdraw" -d 'Withdraw a practice: no instalment after the day is earned'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Record what a practice committed to'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "review" -d 'Record a review of a practice\'s commitments'
complete -c engage -n "__fish_engage_using_subcommand scheme; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -f -a "add" -d 'Record a briefing sent, with its recipients as they are now'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -f -a "list" -d 'List the briefings sent, by number'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -f -a "show" -d 'Show a briefing and the people it went to'
complete -c engage -n "__fish_engage_using_subcommand briefing; and not __fish_seen_subcommand_from add list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l date -d 'The day it was sent [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l link -d 'Where it can be read' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l role -d 'Only these roles: a comma list, with globs such as gp-*' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l locality -d 'Only people of this locality\'s practices' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l practice -d 'Only people of this practice (ODS code)' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l group -d 'Only members of this group today, in person or through their practice' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l skill -d 'Only people with this skill' -r
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l sessional -d 'Only salaried and locum GPs'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -l opted-in -d 'Only people who receive briefings and have an email'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a briefing sent, with its recipients as they are now'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the briefings sent, by number'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a briefing and the people it went to'
complete -c engage -n "__fish_engage_using_subcommand briefing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -f -a "add" -d 'Add a measure: a count per N registered patients (prescription items, a disease register)'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -f -a "list" -d 'List the measures with the periods imported'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -f -a "remove" -d 'Remove a measure and every value imported for it'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -f -a "import" -d 'Import one value a practice for a period from a national file (every practice in England)'
complete -c engage -n "__fish_engage_using_subcommand measure; and not __fish_seen_subcommand_from add list remove import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l per -d 'The rate is per this many registered patients' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l title -d 'What it counts, for tables and the plot\'s title' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l source -d 'Where its figures come from' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l period -d 'The period the values are for, as free text: 2018, 2018-19' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l code-column -d 'The column of ODS practice codes' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l numerator-column -d 'The column of counts' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l denominator-column -d 'The column of patients [default: the register\'s list size; other rows skipped]' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l delimiter -d 'The field separator: one character, e.g. \';\' (a tab as \'\\t\')' -r
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l decimal-comma -d 'Numbers written the European way: 15.057 is 15,057 and 2,42 is 2.42'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -l dry-run -d 'Read and check the file, say what it holds, and write nothing'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a measure: a count per N registered patients (prescription items, a disease register)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the measures with the periods imported'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a measure and every value imported for it'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import one value a practice for a period from a national file (every practice in England)'
complete -c engage -n "__fish_engage_using_subcommand measure; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand publish" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand publish" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand publish" -l fy -d 'The financial year of the representation, interests and schemes: YYYY-YY, this or last [default: this]' -r
complete -c engage -n "__fish_engage_using_subcommand publish" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand publish" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand publish" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand publish" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand publish" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand init" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand init" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand init" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand init" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand init" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "check" -d 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "copy" -d 'Copy a whole register into a new one: a file to a team\'s server, or back'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "init-roles" -d 'Make the team register\'s two roles, to write and to read (its database\'s owner, once)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup copy init-roles help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l full -d 'SQLite\'s full integrity check (every index against its table) instead of its quick one'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from init-roles" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy a whole register into a new one: a file to a team\'s server, or back'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "init-roles" -d 'Make the team register\'s two roles, to write and to read (its database\'s owner, once)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand log" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand log" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand log" -l limit -d 'How many entries, newest first' -r
complete -c engage -n "__fish_engage_using_subcommand log" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand log" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand log" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand demo" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand demo" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand demo" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand demo" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand demo" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand completions" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand completions" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand completions" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand completions" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand completions" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand man" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand man" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand man" -l dir -d 'Write every page (engage.1, engage-session-export.1, ...) into this folder' -r -F
complete -c engage -n "__fish_engage_using_subcommand man" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand man" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand man" -l roff -d 'Print the page\'s roff source even at a terminal (it is what a pipe gets)'
complete -c engage -n "__fish_engage_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand man" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand complete-values" -l db -d 'The register: a file, or a team\'s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand complete-values" -l format -d 'Output format for data on stdout [default: table; csv for `session export`]' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand complete-values" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand complete-values" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand complete-values" -l no-pager -d 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)'
complete -c engage -n "__fish_engage_using_subcommand complete-values" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand complete-values" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "practice" -d 'Member practices: add, import NHS files, list, show, edit, history, close'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "locality" -d 'Localities: the groups of practices that meet monthly'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "person" -d 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "skill" -d 'Skills and interests of people, the search for the right person, the skills survey'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "meeting" -d 'Meetings: the year\'s schedule, who came for which practice, declarations, the calendar'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "session" -d 'Sessions and payments: rates, claims, the monthly payment CSV, budgets'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "report" -d 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "project" -d 'Time-limited commissioning projects and who works on them'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "group" -d 'Peer groups, committees and forums, and who sits on them over time'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "action" -d 'Actions agreed at meetings: what is open, what is overdue, marking them done'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "scheme" -d 'Schemes that pay practices per patient: enrolment, commitments, reviews'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "briefing" -d 'Briefings sent to every GP (sessional GPs included), kept with their recipients'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "measure" -d 'Practice activity measures from national files, for `report benchmark`'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "publish" -d 'Write the group\'s pages for its website and the board: representation, localities, practices, interests'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "init" -d 'Create the register (also done on the first write)'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "db" -d 'The register itself: where it is, checks, backups and copies'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "log" -d 'The audit trail: every write, newest first'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "demo" -d 'Build a fictional group\'s register and show a short tour of it'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "completions" -d 'Print a shell completion script'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "man" -d 'Show a man page (roff when piped or with --roff), or write them all with --dir'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "complete-values" -d 'The register\'s values of one kind, for the completion scripts'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality person skill meeting session report project group action scheme briefing measure publish init db log demo completions man complete-values help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "edit" -d 'Change a practice\'s details: its locality from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "history" -d 'List a practice\'s localities over time, and when it opened and closed'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "place" -d 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "add" -d 'Add a person: a GP (partner, salaried, locum), manager, nurse or other'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "import" -d 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "list" -d 'List people by name (those who left only with --all)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "emails" -d 'The email addresses of those who receive briefings, one a line (csv: name,email)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "vcard" -d 'vCard 4.0 cards of those who receive briefings, for an address book'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Show a person with their roles, interests and skills'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "edit" -d 'Change a person\'s details: practice, role and pay-to from a date, the rest for all time'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "history" -d 'List a person\'s practice, role and pay-to over time'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "leave" -d 'Record that a person left; they are kept for history and their roles end'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "appoint" -d 'Appoint a person to a role for a period'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "appointments" -d 'List appointments, of one person or everyone'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "unappoint" -d 'End an appointment'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "declare" -d 'Declare an interest (the register of interests)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "interests" -d 'The register of declared interests'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "add" -d 'Record skills or interests of a person (\'Urgent Care\' and urgent-care are one skill)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "remove" -d 'Remove skills from a person'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "list" -d 'Every skill with its counts, or one person\'s skills'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "import" -d 'Import skills from CSV `person,skill,level` (person by email or GMC number)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "find" -d 'People holding all the given skills, best level first, with their current sessions'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from skill" -f -a "survey" -d 'Record a practice\'s return of the skills survey, or list practices yet to return it'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "add" -d 'Add one meeting'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "schedule" -d 'A year of monthly meetings by a rule such as \'2nd tue\', moved off bank holidays'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "list" -d 'List meetings by date (all of them without dates; cancelled ones marked)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "show" -d 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "attend" -d 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "unattend" -d 'Remove a person\'s attendance record from a meeting'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "declare" -d 'Record an interest declared at a meeting by someone there, and whether they withdrew'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "item" -d 'The agenda: numbered items and their papers'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "minute" -d 'Record what was said under an item'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "decide" -d 'Record a decision under an item'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "action" -d 'Record an action under an item: what, who owns it, by when'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "minutes" -d 'The minutes as Markdown on stdout, ready to circulate'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "note" -d 'Keep a note with a meeting: what the practice said on a visit'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "held" -d 'Record that a meeting was held though nobody\'s attendance is recorded'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "cancel" -d 'Cancel a meeting (kept, marked cancelled)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "move" -d 'Move a meeting to another date (and start)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from meeting" -f -a "ics" -d 'The schedule as an iCalendar file (RFC 5545) on stdout'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "rate" -d 'Session rates per category, with the dates they apply from'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "accrue" -d 'Accrue an ended month\'s appointment lines, with arrears since the first run'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "claim" -d 'Claim sessions worked on a project or for a fund, to be approved'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "approve" -d 'Approve claimed lines for payment'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "reject" -d 'Reject a claim, saying why'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "list" -d 'List session lines by work date'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "export" -d 'The monthly payment CSV: a preview that writes nothing; --finalise pays it'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from session" -f -a "budget" -d 'Budgets per fund and financial year, with spend and what remains'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "engagement" -d 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "localities" -d 'Per locality: practices, patients, lead, meetings held, mean representation'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "sessions" -d 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "sessional-gps" -d 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "visits" -d 'Practices visited and not visited in the round'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "schemes" -d 'Schemes paid to practices: uptake by locality, commitments, reviews, money'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "reach" -d 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "benchmark" -d 'A measure per practice against England: funnel limits and signals, with a funnel plot'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "skills" -d 'Each skill with the people and localities that have it, and the localities with no one'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "coverage" -d 'GPs in the NHS workforce census per practice against those the register knows there'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "interests" -d 'The register of declared interests in force in the period, ready to publish'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "add" -d 'Add a time-limited project and the skills it needs'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "list" -d 'List projects'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "show" -d 'Show a project, its people and who matches its needs'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "close" -d 'Close a project; its assignments end'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "match" -d 'People whose skills cover the project\'s needs, best first'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "advertise" -d 'Print the project\'s advert and record it as a briefing to those it goes to'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "interest" -d 'Record that someone would like to work on a project'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from project" -f -a "assign" -d 'Assign a person to a project (an appointment tied to it)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Add a peer group, committee or forum'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List the groups with their members today and their next meeting'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a group: members and their terms, its practices and their mix'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "edit" -d 'Rename a group or change its quorum (for meetings added from now on)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove a group that has no meetings, with its memberships'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "join" -d 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "leave" -d 'End a practice\'s or person\'s seat on a day (their last)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "list" -d 'List actions agreed at meetings, by number'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from action" -f -a "done" -d 'Mark an action done'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "add" -d 'Add a scheme that pays practices per registered patient'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "list" -d 'List the schemes with their practices, patients and money'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "show" -d 'Show a scheme: per practice its enrolment, money, commitments and reviews'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "enrol" -d 'Enrol practices (their list size that day is kept), and name a practice lead'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "withdraw" -d 'Withdraw a practice: no instalment after the day is earned'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "commit" -d 'Record what a practice committed to'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from scheme" -f -a "review" -d 'Record a review of a practice\'s commitments'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from briefing" -f -a "add" -d 'Record a briefing sent, with its recipients as they are now'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from briefing" -f -a "list" -d 'List the briefings sent, by number'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from briefing" -f -a "show" -d 'Show a briefing and the people it went to'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from measure" -f -a "add" -d 'Add a measure: a count per N registered patients (prescription items, a disease register)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from measure" -f -a "list" -d 'List the measures with the periods imported'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from measure" -f -a "remove" -d 'Remove a measure and every value imported for it'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from measure" -f -a "import" -d 'Import one value a practice for a period from a national file (every practice in England)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "copy" -d 'Copy a whole register into a new one: a file to a team\'s server, or back'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "init-roles" -d 'Make the team register\'s two roles, to write and to read (its database\'s owner, once)'

# The register's own values (localities, practices, months, people, groups, roles, rules),
# from the register named on the line.
function __engage_values
    set -l words (commandline -opc)
    set -l at (contains -i -- --db $words)
    and engage --db $words[(math $at + 1)] complete-values $argv[1] 2>/dev/null
    or engage complete-values $argv[1] 2>/dev/null
end
complete -c engage -l locality -f -r -a '(__engage_values locality)'
complete -c engage -l practice -f -r -a '(__engage_values practice)'
complete -c engage -l for-practice -f -r -a '(__engage_values practice)'
complete -c engage -l month -f -r -a '(__engage_values month)'
complete -c engage -l person -f -r -a '(__engage_values person)'
complete -c engage -l owner -f -r -a '(__engage_values person)'
complete -c engage -l group -f -r -a '(__engage_values group)'
complete -c engage -l role -f -r -a '(__engage_values role)'
complete -c engage -l rule -f -r -a '(__engage_values rule)'

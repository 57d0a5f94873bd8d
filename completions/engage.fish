# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_engage_global_optspecs
    string join \n db= format= q/quiet y/yes h/help V/version
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

complete -c engage -n "__fish_engage_needs_command" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_needs_command" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_needs_command" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_needs_command" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_needs_command" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_needs_command" -f -a "practice" -d 'Member practices: add, import NHS files, list, show, edit, close'
complete -c engage -n "__fish_engage_needs_command" -f -a "locality" -d 'Localities: the groups of practices that meet monthly'
complete -c engage -n "__fish_engage_needs_command" -f -a "init" -d 'Create the register (also done on the first write)'
complete -c engage -n "__fish_engage_needs_command" -f -a "db" -d 'The register file: its path, checks and backups'
complete -c engage -n "__fish_engage_needs_command" -f -a "log" -d 'The audit trail: every write, newest first'
complete -c engage -n "__fish_engage_needs_command" -f -a "demo" -d 'Build a fictional group\'s register and show a short tour of it'
complete -c engage -n "__fish_engage_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c engage -n "__fish_engage_needs_command" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c engage -n "__fish_engage_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "edit" -d 'Change a practice\'s details (an empty value clears an optional field)'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand practice; and not __fish_seen_subcommand_from add import list show edit close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l locality -d 'The locality it belongs to (name or code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l list-size -d 'Registered patients' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l postcode -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l phone -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l setting -r -f -a "urban\t''
rural\t''
mixed\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l source -d 'What kind of file it is; `auto` tells by the first line' -r -f -a "auto\t'Tell the kinds apart by the file\'s first line'
engage\t'engage\'s CSV: header `code,name,locality,list_size,postcode,phone,setting`'
epraccur\t'The NHS ODS practice file: no header, 27 quoted fields'
list-sizes\t'The NHS registered-patients totals: header with CODE and NUMBER_OF_PATIENTS'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l commissioner -d 'Take only this commissioner\'s rows (epraccur field 15, or the list-size file\'s CCG/sub-ICB code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l locality -d 'Where new practices go when the file names no locality [default: Unassigned]' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -l dry-run -d 'Show what would change and write nothing'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l locality -d 'Only this locality\'s practices (name or code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l status -d 'Open, closed or all practices' -r -f -a "open\t''
closed\t''
all\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l name -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l locality -d 'Move the practice to this locality (name or code)' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l list-size -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l postcode -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l phone -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l setting -r -f -a "urban\t''
rural\t''
mixed\t''"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l date -d 'The day it closed [default: today]' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l merged-into -d 'The practice it merged into' -r
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a practice\'s details (an empty value clears an optional field)'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand practice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand locality; and not __fish_seen_subcommand_from add list show edit remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l code -d 'A short code, e.g. EVE' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l name -d 'The new name' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l code -d 'The new code (\'\' clears it)' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l move-practices-to -d 'Move its practices (open and closed) to this locality first' -r
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand locality; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand init" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand init" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand init" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand init" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "check" -d 'Check the register\'s integrity and foreign keys (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'
complete -c engage -n "__fish_engage_using_subcommand db; and not __fish_seen_subcommand_from path check backup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the register\'s integrity and foreign keys (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'
complete -c engage -n "__fish_engage_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand log" -l limit -d 'How many entries, newest first' -r
complete -c engage -n "__fish_engage_using_subcommand log" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand log" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand log" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand log" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand log" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand demo" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand demo" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand demo" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand demo" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand completions" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand completions" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand completions" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand completions" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand man" -l db -d 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]' -r -F
complete -c engage -n "__fish_engage_using_subcommand man" -l format -d 'Output format for data on stdout' -r -f -a "table\t'Aligned columns for reading at a terminal'
csv\t'RFC 4180 CSV with a header row, for spreadsheets and scripts'
json\t'A JSON array of objects (one object for `show`)'"
complete -c engage -n "__fish_engage_using_subcommand man" -s q -l quiet -d 'Silence messages on stderr (warnings and errors still show)'
complete -c engage -n "__fish_engage_using_subcommand man" -s y -l yes -d 'Answer yes to confirmations; needed for destructive commands off a terminal'
complete -c engage -n "__fish_engage_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c engage -n "__fish_engage_using_subcommand man" -s V -l version -d 'Print version'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "practice" -d 'Member practices: add, import NHS files, list, show, edit, close'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "locality" -d 'Localities: the groups of practices that meet monthly'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "init" -d 'Create the register (also done on the first write)'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "db" -d 'The register file: its path, checks and backups'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "log" -d 'The audit trail: every write, newest first'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "demo" -d 'Build a fictional group\'s register and show a short tour of it'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "man" -d 'Print the man page (roff) on stdout'
complete -c engage -n "__fish_engage_using_subcommand help; and not __fish_seen_subcommand_from practice locality init db log demo completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "add" -d 'Add a practice to the register'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "import" -d 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "list" -d 'List practices, by code'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "show" -d 'Show one practice with all the register holds about it'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "edit" -d 'Change a practice\'s details (an empty value clears an optional field)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from practice" -f -a "close" -d 'Close a practice; it is kept with its history and hidden from default lists'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "add" -d 'Add a locality'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "list" -d 'List localities with their practices, patients, lead and next meeting'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "show" -d 'Show a locality and its practices'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "edit" -d 'Rename or recode a locality (an empty --code clears it)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from locality" -f -a "remove" -d 'Remove a locality; refused while it holds practices unless they move'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "path" -d 'Print the register\'s path (it need not exist yet)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Check the register\'s integrity and foreign keys (exit 1 on any problem)'
complete -c engage -n "__fish_engage_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "backup" -d 'Write a consistent copy of the register to a new file, while others may write'

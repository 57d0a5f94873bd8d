
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'engage' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'engage'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'engage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('practice', 'practice', [CompletionResultType]::ParameterValue, 'Member practices: add, import NHS files, list, show, edit, close')
            [CompletionResult]::new('locality', 'locality', [CompletionResultType]::ParameterValue, 'Localities: the groups of practices that meet monthly')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the register (also done on the first write)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The register file: its path, checks and backups')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every write, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a fictional group''s register and show a short tour of it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;practice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a practice to the register')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List practices, by code')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practice with all the register holds about it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details (an empty value clears an optional field)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a practice; it is kept with its history and hidden from default lists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;practice;add' {
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'The locality it belongs to (name or code)')
            [CompletionResult]::new('--list-size', '--list-size', [CompletionResultType]::ParameterName, 'Registered patients')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'postcode')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--setting', '--setting', [CompletionResultType]::ParameterName, 'setting')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;import' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What kind of file it is; `auto` tells by the first line')
            [CompletionResult]::new('--commissioner', '--commissioner', [CompletionResultType]::ParameterName, 'Take only this commissioner''s rows (epraccur field 15, or the list-size file''s CCG/sub-ICB code)')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Where new practices go when the file names no locality [default: Unassigned]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;list' {
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices (name or code)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Open, closed or all practices')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Move the practice to this locality (name or code)')
            [CompletionResult]::new('--list-size', '--list-size', [CompletionResultType]::ParameterName, 'list-size')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'postcode')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'phone')
            [CompletionResult]::new('--setting', '--setting', [CompletionResultType]::ParameterName, 'setting')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;close' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it closed [default: today]')
            [CompletionResult]::new('--merged-into', '--merged-into', [CompletionResultType]::ParameterName, 'The practice it merged into')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a practice to the register')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List practices, by code')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practice with all the register holds about it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details (an empty value clears an optional field)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a practice; it is kept with its history and hidden from default lists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;practice;help;add' {
            break
        }
        'engage;practice;help;import' {
            break
        }
        'engage;practice;help;list' {
            break
        }
        'engage;practice;help;show' {
            break
        }
        'engage;practice;help;edit' {
            break
        }
        'engage;practice;help;close' {
            break
        }
        'engage;practice;help;help' {
            break
        }
        'engage;locality' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a locality')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List localities with their practices, patients, lead and next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a locality and its practices')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or recode a locality (an empty --code clears it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a locality; refused while it holds practices unless they move')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;locality;add' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A short code, e.g. EVE')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The new code ('''' clears it)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;remove' {
            [CompletionResult]::new('--move-practices-to', '--move-practices-to', [CompletionResultType]::ParameterName, 'Move its practices (open and closed) to this locality first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a locality')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List localities with their practices, patients, lead and next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a locality and its practices')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or recode a locality (an empty --code clears it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a locality; refused while it holds practices unless they move')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;locality;help;add' {
            break
        }
        'engage;locality;help;list' {
            break
        }
        'engage;locality;help;show' {
            break
        }
        'engage;locality;help;edit' {
            break
        }
        'engage;locality;help;remove' {
            break
        }
        'engage;locality;help;help' {
            break
        }
        'engage;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register''s integrity and foreign keys (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register''s integrity and foreign keys (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;db;help;path' {
            break
        }
        'engage;db;help;check' {
            break
        }
        'engage;db;help;backup' {
            break
        }
        'engage;db;help;help' {
            break
        }
        'engage;log' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many entries, newest first')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register file [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;help' {
            [CompletionResult]::new('practice', 'practice', [CompletionResultType]::ParameterValue, 'Member practices: add, import NHS files, list, show, edit, close')
            [CompletionResult]::new('locality', 'locality', [CompletionResultType]::ParameterValue, 'Localities: the groups of practices that meet monthly')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the register (also done on the first write)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The register file: its path, checks and backups')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every write, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a fictional group''s register and show a short tour of it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;help;practice' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a practice to the register')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List practices, by code')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practice with all the register holds about it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details (an empty value clears an optional field)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a practice; it is kept with its history and hidden from default lists')
            break
        }
        'engage;help;practice;add' {
            break
        }
        'engage;help;practice;import' {
            break
        }
        'engage;help;practice;list' {
            break
        }
        'engage;help;practice;show' {
            break
        }
        'engage;help;practice;edit' {
            break
        }
        'engage;help;practice;close' {
            break
        }
        'engage;help;locality' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a locality')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List localities with their practices, patients, lead and next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a locality and its practices')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename or recode a locality (an empty --code clears it)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a locality; refused while it holds practices unless they move')
            break
        }
        'engage;help;locality;add' {
            break
        }
        'engage;help;locality;list' {
            break
        }
        'engage;help;locality;show' {
            break
        }
        'engage;help;locality;edit' {
            break
        }
        'engage;help;locality;remove' {
            break
        }
        'engage;help;init' {
            break
        }
        'engage;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register''s integrity and foreign keys (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            break
        }
        'engage;help;db;path' {
            break
        }
        'engage;help;db;check' {
            break
        }
        'engage;help;db;backup' {
            break
        }
        'engage;help;log' {
            break
        }
        'engage;help;demo' {
            break
        }
        'engage;help;completions' {
            break
        }
        'engage;help;man' {
            break
        }
        'engage;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

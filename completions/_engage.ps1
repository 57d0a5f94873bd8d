
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('practice', 'practice', [CompletionResultType]::ParameterValue, 'Member practices: add, import NHS files, list, show, edit, history, close')
            [CompletionResult]::new('locality', 'locality', [CompletionResultType]::ParameterValue, 'Localities: the groups of practices that meet monthly')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses')
            [CompletionResult]::new('skill', 'skill', [CompletionResultType]::ParameterValue, 'Skills and interests of people, the search for the right person, the skills survey')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'Meetings: the year''s schedule, who came for which practice, declarations, the calendar')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Sessions and payments: rates, claims, the monthly payment CSV, budgets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Time-limited commissioning projects and who works on them')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Peer groups, committees and forums, and who sits on them over time')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Actions agreed at meetings: what is open, what is overdue, marking them done')
            [CompletionResult]::new('scheme', 'scheme', [CompletionResultType]::ParameterValue, 'Schemes that pay practices per patient: enrolment, commitments, reviews')
            [CompletionResult]::new('briefing', 'briefing', [CompletionResultType]::ParameterValue, 'Briefings sent to every GP (sessional GPs included), kept with their recipients')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'Practice activity measures from national files, for `report benchmark`')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write the group''s pages for its website and the board: representation, localities, practices, interests')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the register (also done on the first write)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The register itself: where it is, checks, backups and copies')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every write, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a fictional group''s register and show a short tour of it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Show a man page (roff when piped or with --roff), or write them all with --dir')
            [CompletionResult]::new('complete-values', 'complete-values', [CompletionResultType]::ParameterValue, 'The register''s values of one kind, for the completion scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;practice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a practice to the register')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List practices, by code')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practice with all the register holds about it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details: its locality from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a practice''s localities over time, and when it opened and closed')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a practice; it is kept with its history and hidden from default lists')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;practice;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'The locality it belongs to (name or code)')
            [CompletionResult]::new('--list-size', '--list-size', [CompletionResultType]::ParameterName, 'Registered patients')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'Postcode (stored upper-case, one space)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--setting', '--setting', [CompletionResultType]::ParameterName, 'Urban, rural or mixed')
            [CompletionResult]::new('--opened', '--opened', [CompletionResultType]::ParameterName, 'The day it opened: it is expected at its locality''s meetings from then on')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'What kind of file it is; `auto` tells by the first line')
            [CompletionResult]::new('--commissioner', '--commissioner', [CompletionResultType]::ParameterName, 'Take only this commissioner''s rows (epraccur field 15, or the list-size file''s CCG/sub-ICB code)')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Where new practices go when the file names no locality [default: Unassigned]')
            [CompletionResult]::new('--as-at', '--as-at', [CompletionResultType]::ParameterName, 'The census date of a workforce census (--source workforce)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices (name or code)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Open, closed or all practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Correct the name')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Move the practice to this locality (name or code), from --from')
            [CompletionResult]::new('--list-size', '--list-size', [CompletionResultType]::ParameterName, 'Registered patients')
            [CompletionResult]::new('--postcode', '--postcode', [CompletionResultType]::ParameterName, 'Correct the postcode ('''' clears it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Correct the phone number ('''' clears it)')
            [CompletionResult]::new('--setting', '--setting', [CompletionResultType]::ParameterName, 'Urban, rural or mixed')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day in the new locality; the old one ends the day before [default: today]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--correction', '--correction', [CompletionResultType]::ParameterName, 'Replace the locality for all time: a typing mistake, not a move')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;place' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day in the new locality, for practices that move [default: today]; practices still in Unassigned are placed for all time')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the counts and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;practice;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it closed [default: today]')
            [CompletionResult]::new('--merged-into', '--merged-into', [CompletionResultType]::ParameterName, 'The practice it merged into')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
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
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details: its locality from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a practice''s localities over time, and when it opened and closed')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)')
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
        'engage;practice;help;history' {
            break
        }
        'engage;practice;help;place' {
            break
        }
        'engage;practice;help;close' {
            break
        }
        'engage;practice;help;help' {
            break
        }
        'engage;locality' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A short code, e.g. EVE')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The new code ('''' clears it)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;locality;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--move-practices-to', '--move-practices-to', [CompletionResultType]::ParameterName, 'Move its practices (open and closed) to this locality first')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
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
        'engage;person' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person: a GP (partner, salaried, locum), manager, nurse or other')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List people by name (those who left only with --all)')
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'The email addresses of those who receive briefings, one a line (csv: name,email)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'vCard 4.0 cards of those who receive briefings, for an address book')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with their roles, interests and skills')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a person''s details: practice, role and pay-to from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a person''s practice, role and pay-to over time')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a person left; they are kept for history and their roles end')
            [CompletionResult]::new('appoint', 'appoint', [CompletionResultType]::ParameterValue, 'Appoint a person to a role for a period')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List appointments, of one person or everyone')
            [CompletionResult]::new('unappoint', 'unappoint', [CompletionResultType]::ParameterValue, 'End an appointment')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an interest (the register of interests)')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;person;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The contract or job: gp-partner, gp-salaried, gp-locum, practice-manager, nurse or other')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Their practice (a locum may have none)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email address (unique in the register)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number')
            [CompletionResult]::new('--gmc', '--gmc', [CompletionResultType]::ParameterName, 'GMC reference number (seven digits)')
            [CompletionResult]::new('--pay-to', '--pay-to', [CompletionResultType]::ParameterName, 'Who is paid for their sessions [default: practice if they have one, else self]')
            [CompletionResult]::new('--briefings', '--briefings', [CompletionResultType]::ParameterName, 'Whether they receive briefings [default: yes; only those with an email can]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the counts and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only these roles: a comma list, with globs such as gp-*')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Only people of this practice (ODS code)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group today, in person or through their practice')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only people with this skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--sessional', '--sessional', [CompletionResultType]::ParameterName, 'Only salaried and locum GPs')
            [CompletionResult]::new('--opted-in', '--opted-in', [CompletionResultType]::ParameterName, 'Only people who receive briefings and have an email')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include people who have left')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;emails' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only these roles: a comma list, with globs such as gp-*')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Only people of this practice (ODS code)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group today, in person or through their practice')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only people with this skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--sessional', '--sessional', [CompletionResultType]::ParameterName, 'Only salaried and locum GPs')
            [CompletionResult]::new('--opted-in', '--opted-in', [CompletionResultType]::ParameterName, 'Only people who receive briefings and have an email')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;vcard' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only these roles: a comma list, with globs such as gp-*')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Only people of this practice (ODS code)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group today, in person or through their practice')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only people with this skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--sessional', '--sessional', [CompletionResultType]::ParameterName, 'Only salaried and locum GPs')
            [CompletionResult]::new('--opted-in', '--opted-in', [CompletionResultType]::ParameterName, 'Only people who receive briefings and have an email')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Correct the name')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'A new contract or job, from --from')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'A move to another practice, from --from ('''' for none: locums and others)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Correct the email ('''' clears it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Correct the phone number ('''' clears it)')
            [CompletionResult]::new('--gmc', '--gmc', [CompletionResultType]::ParameterName, 'Correct the GMC number ('''' clears it)')
            [CompletionResult]::new('--pay-to', '--pay-to', [CompletionResultType]::ParameterName, 'Who is paid for their sessions, from --from')
            [CompletionResult]::new('--briefings', '--briefings', [CompletionResultType]::ParameterName, 'Whether they receive briefings')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day a new practice, role or pay-to holds; the old one ends the day before [default: today]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--correction', '--correction', [CompletionResultType]::ParameterName, 'Replace the practice, role or pay-to for all time: a typing mistake, not a change')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;history' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day they left [default: today]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--correction', '--correction', [CompletionResultType]::ParameterName, 'Move the leaving date already recorded to --date (a typing mistake)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;appoint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'The locality of a locality-lead')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'The practice of a nominated-gp or practice-lead [default: their own]')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project a clinical lead works on')
            [CompletionResult]::new('--sessions-per-month', '--sessions-per-month', [CompletionResultType]::ParameterName, 'Sessions paid a month for the role (two decimals at most)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: today]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day [default: open-ended]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--locum', '--locum', [CompletionResultType]::ParameterName, 'A nominated GP who is a locum sitting for the practice, not one of its GPs')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;appointments' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--current', '--current', [CompletionResultType]::ParameterName, 'Only those in force today')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;unappoint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day of the appointment [default: today; an appointment that has not started is removed]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;declare' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day the interest held [default: unknown]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day it held [default: still holds]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;interests' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;person;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person: a GP (partner, salaried, locum), manager, nurse or other')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List people by name (those who left only with --all)')
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'The email addresses of those who receive briefings, one a line (csv: name,email)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'vCard 4.0 cards of those who receive briefings, for an address book')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with their roles, interests and skills')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a person''s details: practice, role and pay-to from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a person''s practice, role and pay-to over time')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a person left; they are kept for history and their roles end')
            [CompletionResult]::new('appoint', 'appoint', [CompletionResultType]::ParameterValue, 'Appoint a person to a role for a period')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List appointments, of one person or everyone')
            [CompletionResult]::new('unappoint', 'unappoint', [CompletionResultType]::ParameterValue, 'End an appointment')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an interest (the register of interests)')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;person;help;add' {
            break
        }
        'engage;person;help;import' {
            break
        }
        'engage;person;help;list' {
            break
        }
        'engage;person;help;emails' {
            break
        }
        'engage;person;help;vcard' {
            break
        }
        'engage;person;help;show' {
            break
        }
        'engage;person;help;edit' {
            break
        }
        'engage;person;help;history' {
            break
        }
        'engage;person;help;leave' {
            break
        }
        'engage;person;help;appoint' {
            break
        }
        'engage;person;help;appointments' {
            break
        }
        'engage;person;help;unappoint' {
            break
        }
        'engage;person;help;declare' {
            break
        }
        'engage;person;help;interests' {
            break
        }
        'engage;person;help;help' {
            break
        }
        'engage;skill' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove skills from a person')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every skill with its counts, or one person''s skills')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import skills from CSV `person,skill,level` (person by email or GMC number)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'People holding all the given skills, best level first, with their current sessions')
            [CompletionResult]::new('survey', 'survey', [CompletionResultType]::ParameterValue, 'Record a practice''s return of the skills survey, or list practices yet to return it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;skill;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'How well they know it')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the counts and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;find' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only people with this contract or job')
            [CompletionResult]::new('--level', '--level', [CompletionResultType]::ParameterName, 'At least this level in every skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;survey' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--returned', '--returned', [CompletionResultType]::ParameterName, 'The day it came back [default: today]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--missing', '--missing', [CompletionResultType]::ParameterName, 'List the open practices that have not returned it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;skill;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove skills from a person')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every skill with its counts, or one person''s skills')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import skills from CSV `person,skill,level` (person by email or GMC number)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'People holding all the given skills, best level first, with their current sessions')
            [CompletionResult]::new('survey', 'survey', [CompletionResultType]::ParameterValue, 'Record a practice''s return of the skills survey, or list practices yet to return it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;skill;help;add' {
            break
        }
        'engage;skill;help;remove' {
            break
        }
        'engage;skill;help;list' {
            break
        }
        'engage;skill;help;import' {
            break
        }
        'engage;skill;help;find' {
            break
        }
        'engage;skill;help;survey' {
            break
        }
        'engage;skill;help;help' {
            break
        }
        'engage;meeting' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one meeting')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List meetings by date (all of them without dates; cancelled ones marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV')
            [CompletionResult]::new('unattend', 'unattend', [CompletionResultType]::ParameterValue, 'Remove a person''s attendance record from a meeting')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Record an interest declared at a meeting by someone there, and whether they withdrew')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The agenda: numbered items and their papers')
            [CompletionResult]::new('minute', 'minute', [CompletionResultType]::ParameterValue, 'Record what was said under an item')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record a decision under an item')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action under an item: what, who owns it, by when')
            [CompletionResult]::new('minutes', 'minutes', [CompletionResultType]::ParameterValue, 'The minutes as Markdown on stdout, ready to circulate')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Keep a note with a meeting: what the practice said on a visit')
            [CompletionResult]::new('held', 'held', [CompletionResultType]::ParameterValue, 'Record that a meeting was held though nobody''s attendance is recorded')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting (kept, marked cancelled)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a meeting to another date (and start)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'The schedule as an iCalendar file (RFC 5545) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;meeting;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of meeting')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'The locality whose meeting it is (for --kind locality)')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'The practice (a visit''s practice)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The peer group, committee or forum whose meeting it is')
            [CompletionResult]::new('--round', '--round', [CompletionResultType]::ParameterName, 'The round of the roadshow a visit belongs to')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'What a visit is about')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the meeting')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'Start time, HH:MM (Europe/London)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Length, e.g. 2h30m or 90m')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A title for the calendar and the minutes')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where it is held')
            [CompletionResult]::new('--sessions', '--sessions', [CompletionResultType]::ParameterName, 'Sessions paid to each eligible GP who attends [default: 1 for locality, else 0]')
            [CompletionResult]::new('--quorum', '--quorum', [CompletionResultType]::ParameterName, 'People needed (present, not withdrawn) for decisions [default: the group''s]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;schedule' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of meeting [default: locality; a group''s: peer-group, board or other]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'The locality whose meetings these are')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'The group whose meetings these are (instead of a locality)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The calendar year, e.g. 2027')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'The financial year instead (April to March), e.g. 2027-28')
            [CompletionResult]::new('--rule', '--rule', [CompletionResultType]::ParameterName, 'Which day of each month: ''1st mon'', ''2nd tue'', ''3rd wed'', ''4th thu'', ''last fri''')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The start time, HH:MM, Europe/London')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'How long, e.g. 2h30m or 90m [default: 2h]')
            [CompletionResult]::new('--on-bank-holiday', '--on-bank-holiday', [CompletionResultType]::ParameterName, 'What to do when the day is a bank holiday in England and Wales')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the dates and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only meetings from this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only meetings up to this day')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s meetings')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only meetings of this kind')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only this group''s meetings')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--upcoming', '--upcoming', [CompletionResultType]::ParameterName, 'Only meetings from today on that are not cancelled')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;attend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--for-practice', '--for-practice', [CompletionResultType]::ParameterName, 'The practice they sat for [default: their own]')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A sign-in CSV `person,for_practice,status` (status attended, virtual or apologies), or - for stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--virtual', '--virtual', [CompletionResultType]::ParameterName, 'They joined remotely')
            [CompletionResult]::new('--apologies', '--apologies', [CompletionResultType]::ParameterName, 'They sent apologies')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;unattend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;declare' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item it is about [default: the whole meeting]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--withdrew', '--withdrew', [CompletionResultType]::ParameterName, 'They withdrew (from the item, or from the meeting): they do not count towards its quorum')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;item' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the next item to a meeting''s agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A meeting''s agenda with what was minuted, decided and actioned under each item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;meeting;item;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--paper', '--paper', [CompletionResultType]::ParameterName, 'The item''s paper: a file path or a link')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;item;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;item;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the next item to a meeting''s agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A meeting''s agenda with what was minuted, decided and actioned under each item')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;meeting;item;help;add' {
            break
        }
        'engage;meeting;item;help;list' {
            break
        }
        'engage;meeting;item;help;help' {
            break
        }
        'engage;meeting;minute' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item''s number')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;decide' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item''s number')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;action' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The agenda item''s number')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Who owns it: id, email, GMC number or name')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'When it is due')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;minutes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;note' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;held' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;cancel' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it was cancelled, for the calendar')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;move' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The new day')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The new start time, HH:MM [default: as it was]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;ics' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s meetings')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only meetings of this kind')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only meetings from this day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only meetings up to this day')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;meeting;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one meeting')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List meetings by date (all of them without dates; cancelled ones marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV')
            [CompletionResult]::new('unattend', 'unattend', [CompletionResultType]::ParameterValue, 'Remove a person''s attendance record from a meeting')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Record an interest declared at a meeting by someone there, and whether they withdrew')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The agenda: numbered items and their papers')
            [CompletionResult]::new('minute', 'minute', [CompletionResultType]::ParameterValue, 'Record what was said under an item')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record a decision under an item')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action under an item: what, who owns it, by when')
            [CompletionResult]::new('minutes', 'minutes', [CompletionResultType]::ParameterValue, 'The minutes as Markdown on stdout, ready to circulate')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Keep a note with a meeting: what the practice said on a visit')
            [CompletionResult]::new('held', 'held', [CompletionResultType]::ParameterValue, 'Record that a meeting was held though nobody''s attendance is recorded')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting (kept, marked cancelled)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a meeting to another date (and start)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'The schedule as an iCalendar file (RFC 5545) on stdout')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;meeting;help;add' {
            break
        }
        'engage;meeting;help;schedule' {
            break
        }
        'engage;meeting;help;list' {
            break
        }
        'engage;meeting;help;show' {
            break
        }
        'engage;meeting;help;attend' {
            break
        }
        'engage;meeting;help;unattend' {
            break
        }
        'engage;meeting;help;declare' {
            break
        }
        'engage;meeting;help;item' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the next item to a meeting''s agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A meeting''s agenda with what was minuted, decided and actioned under each item')
            break
        }
        'engage;meeting;help;item;add' {
            break
        }
        'engage;meeting;help;item;list' {
            break
        }
        'engage;meeting;help;minute' {
            break
        }
        'engage;meeting;help;decide' {
            break
        }
        'engage;meeting;help;action' {
            break
        }
        'engage;meeting;help;minutes' {
            break
        }
        'engage;meeting;help;note' {
            break
        }
        'engage;meeting;help;held' {
            break
        }
        'engage;meeting;help;cancel' {
            break
        }
        'engage;meeting;help;move' {
            break
        }
        'engage;meeting;help;ics' {
            break
        }
        'engage;meeting;help;help' {
            break
        }
        'engage;session' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Session rates per category, with the dates they apply from')
            [CompletionResult]::new('accrue', 'accrue', [CompletionResultType]::ParameterValue, 'Accrue an ended month''s appointment lines, with arrears since the first run')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim sessions worked on a project or for a fund, to be approved')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve claimed lines for payment')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a claim, saying why')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List session lines by work date')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The monthly payment CSV: a preview that writes nothing; --finalise pays it')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Budgets per fund and financial year, with spend and what remains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;rate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the price of one session for a category from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;rate;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day the rate applies')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;rate;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;rate;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the price of one session for a category from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;rate;help;set' {
            break
        }
        'engage;session;rate;help;list' {
            break
        }
        'engage;session;rate;help;help' {
            break
        }
        'engage;session;accrue' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'YYYY-MM, this or last')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would change and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;claim' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day the work was done')
            [CompletionResult]::new('--sessions', '--sessions', [CompletionResultType]::ParameterName, 'Sessions worked (two decimals at most; negative for a correction)')
            [CompletionResult]::new('--project', '--project', [CompletionResultType]::ParameterName, 'The project the work was for')
            [CompletionResult]::new('--fund', '--fund', [CompletionResultType]::ParameterName, 'A fund such as contingency')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note on the claim, in a line')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;approve' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;reject' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the claim is rejected')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'Only lines worked in this month')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only this person''s lines')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only lines in this state (held and lapsed: scheme instalments kept back by the scheme''s condition)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The payment month: YYYY-MM, this or last (the previous calendar month, for cron)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the file itself (private, whole or not at all), nothing on stdout: for cron')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'One row per payee instead of one per line')
            [CompletionResult]::new('--finalise', '--finalise', [CompletionResultType]::ParameterName, 'Write the CSV, then mark its lines paid in this month''s run, once the month has ended (needs --yes off a terminal)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --out: replace a file that holds something else')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;budget' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a fund''s budget for a financial year (April to March)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with spend (approved and paid lines) and what remains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;budget;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'The financial year, e.g. 2026-27 (1 April to 31 March)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;budget;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'One financial year, e.g. 2026-27 [default: all]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;session;budget;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a fund''s budget for a financial year (April to March)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with spend (approved and paid lines) and what remains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;budget;help;set' {
            break
        }
        'engage;session;budget;help;list' {
            break
        }
        'engage;session;budget;help;help' {
            break
        }
        'engage;session;help' {
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Session rates per category, with the dates they apply from')
            [CompletionResult]::new('accrue', 'accrue', [CompletionResultType]::ParameterValue, 'Accrue an ended month''s appointment lines, with arrears since the first run')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim sessions worked on a project or for a fund, to be approved')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve claimed lines for payment')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a claim, saying why')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List session lines by work date')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The monthly payment CSV: a preview that writes nothing; --finalise pays it')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Budgets per fund and financial year, with spend and what remains')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;session;help;rate' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the price of one session for a category from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rates')
            break
        }
        'engage;session;help;rate;set' {
            break
        }
        'engage;session;help;rate;list' {
            break
        }
        'engage;session;help;accrue' {
            break
        }
        'engage;session;help;claim' {
            break
        }
        'engage;session;help;approve' {
            break
        }
        'engage;session;help;reject' {
            break
        }
        'engage;session;help;list' {
            break
        }
        'engage;session;help;export' {
            break
        }
        'engage;session;help;budget' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a fund''s budget for a financial year (April to March)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with spend (approved and paid lines) and what remains')
            break
        }
        'engage;session;help;budget;set' {
            break
        }
        'engage;session;help;budget;list' {
            break
        }
        'engage;session;help;help' {
            break
        }
        'engage;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged')
            [CompletionResult]::new('localities', 'localities', [CompletionResultType]::ParameterValue, 'Per locality: practices, patients, lead, meetings held, mean representation')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund')
            [CompletionResult]::new('sessional-gps', 'sessional-gps', [CompletionResultType]::ParameterValue, 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills')
            [CompletionResult]::new('visits', 'visits', [CompletionResultType]::ParameterValue, 'Practices visited and not visited in the round')
            [CompletionResult]::new('schemes', 'schemes', [CompletionResultType]::ParameterValue, 'Schemes paid to practices: uptake by locality, commitments, reviews, money')
            [CompletionResult]::new('reach', 'reach', [CompletionResultType]::ParameterValue, 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality')
            [CompletionResult]::new('benchmark', 'benchmark', [CompletionResultType]::ParameterValue, 'A measure per practice against England: funnel limits and signals, with a funnel plot')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'Each skill with the people and localities that have it, and the localities with no one')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'GPs in the NHS workforce census per practice against those the register knows there')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests in force in the period, ready to publish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;report;engagement' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;localities' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;sessions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What to group the lines by')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;sessional-gps' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;visits' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--round', '--round', [CompletionResultType]::ParameterName, 'Visited in this round of the roadshow (see `meeting add --round`)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Visited on or after this day [default: the start of this financial year, or any day with --round]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;schemes' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;reach' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;benchmark' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period imported [default: the latest imported]')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices (its rate and England''s stay as they are)')
            [CompletionResult]::new('--plot', '--plot', [CompletionResultType]::ParameterName, 'Also write the funnel plot to this SVG file (it opens in any browser); - for stdout, instead of the table')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;skills' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;coverage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;interests' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: the start of this financial year]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day [default: today]')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'One month: YYYY-MM, this or last')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'A financial year: 2026-27, this or last')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only this locality''s practices')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;report;help' {
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged')
            [CompletionResult]::new('localities', 'localities', [CompletionResultType]::ParameterValue, 'Per locality: practices, patients, lead, meetings held, mean representation')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund')
            [CompletionResult]::new('sessional-gps', 'sessional-gps', [CompletionResultType]::ParameterValue, 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills')
            [CompletionResult]::new('visits', 'visits', [CompletionResultType]::ParameterValue, 'Practices visited and not visited in the round')
            [CompletionResult]::new('schemes', 'schemes', [CompletionResultType]::ParameterValue, 'Schemes paid to practices: uptake by locality, commitments, reviews, money')
            [CompletionResult]::new('reach', 'reach', [CompletionResultType]::ParameterValue, 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality')
            [CompletionResult]::new('benchmark', 'benchmark', [CompletionResultType]::ParameterValue, 'A measure per practice against England: funnel limits and signals, with a funnel plot')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'Each skill with the people and localities that have it, and the localities with no one')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'GPs in the NHS workforce census per practice against those the register knows there')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests in force in the period, ready to publish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;report;help;engagement' {
            break
        }
        'engage;report;help;localities' {
            break
        }
        'engage;report;help;sessions' {
            break
        }
        'engage;report;help;sessional-gps' {
            break
        }
        'engage;report;help;visits' {
            break
        }
        'engage;report;help;schemes' {
            break
        }
        'engage;report;help;reach' {
            break
        }
        'engage;report;help;benchmark' {
            break
        }
        'engage;report;help;skills' {
            break
        }
        'engage;report;help;coverage' {
            break
        }
        'engage;report;help;interests' {
            break
        }
        'engage;report;help;help' {
            break
        }
        'engage;project' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a time-limited project and the skills it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project, its people and who matches its needs')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a project; its assignments end')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'People whose skills cover the project''s needs, best first')
            [CompletionResult]::new('advertise', 'advertise', [CompletionResultType]::ParameterValue, 'Print the project''s advert and record it as a briefing to those it goes to')
            [CompletionResult]::new('interest', 'interest', [CompletionResultType]::ParameterValue, 'Record that someone would like to work on a project')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a person to a project (an appointment tied to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;project;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The project''s first day')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The project''s last day')
            [CompletionResult]::new('--needs', '--needs', [CompletionResultType]::ParameterName, 'Skills needed, comma-separated')
            [CompletionResult]::new('--sessions-budget', '--sessions-budget', [CompletionResultType]::ParameterName, 'Sessions the project may pay for in all')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;close' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it closed [default: today]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;match' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;advertise' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only these roles: a comma list, with globs such as gp-*')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Only people of this practice (ODS code)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group today, in person or through their practice')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only people with this skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--sessional', '--sessional', [CompletionResultType]::ParameterName, 'Only salaried and locum GPs')
            [CompletionResult]::new('--opted-in', '--opted-in', [CompletionResultType]::ParameterName, 'Only people who receive briefings and have an email')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;interest' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What they said')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;assign' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role on the project, e.g. clinical-lead')
            [CompletionResult]::new('--sessions-per-month', '--sessions-per-month', [CompletionResultType]::ParameterName, 'Sessions a month, paid for each month it is active (0.01 to 40)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day [default: today, or the project''s start if later]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day [default: the project''s end]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;project;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a time-limited project and the skills it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project, its people and who matches its needs')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a project; its assignments end')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'People whose skills cover the project''s needs, best first')
            [CompletionResult]::new('advertise', 'advertise', [CompletionResultType]::ParameterValue, 'Print the project''s advert and record it as a briefing to those it goes to')
            [CompletionResult]::new('interest', 'interest', [CompletionResultType]::ParameterValue, 'Record that someone would like to work on a project')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a person to a project (an appointment tied to it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;project;help;add' {
            break
        }
        'engage;project;help;list' {
            break
        }
        'engage;project;help;show' {
            break
        }
        'engage;project;help;close' {
            break
        }
        'engage;project;help;match' {
            break
        }
        'engage;project;help;advertise' {
            break
        }
        'engage;project;help;interest' {
            break
        }
        'engage;project;help;assign' {
            break
        }
        'engage;project;help;help' {
            break
        }
        'engage;group' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a peer group, committee or forum')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their members today and their next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: members and their terms, its practices and their mix')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a group or change its quorum (for meetings added from now on)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group that has no meetings, with its memberships')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a practice''s or person''s seat on a day (their last)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;group;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What sort of group it is')
            [CompletionResult]::new('--quorum', '--quorum', [CompletionResultType]::ParameterName, 'Voting members needed at its meetings (present, not withdrawn)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;edit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A new name')
            [CompletionResult]::new('--quorum', '--quorum', [CompletionResultType]::ParameterName, 'Voting members needed at meetings added from now on')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;join' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day of the seat [default: today]')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The last day of the seat [default: open-ended]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--voting', '--voting', [CompletionResultType]::ParameterName, 'The people vote [default for a committee''s people]')
            [CompletionResult]::new('--non-voting', '--non-voting', [CompletionResultType]::ParameterName, 'The people do not vote [default outside committees]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;leave' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day of the seat')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;group;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a peer group, committee or forum')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their members today and their next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: members and their terms, its practices and their mix')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a group or change its quorum (for meetings added from now on)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group that has no meetings, with its memberships')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a practice''s or person''s seat on a day (their last)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;group;help;add' {
            break
        }
        'engage;group;help;list' {
            break
        }
        'engage;group;help;show' {
            break
        }
        'engage;group;help;edit' {
            break
        }
        'engage;group;help;remove' {
            break
        }
        'engage;group;help;join' {
            break
        }
        'engage;group;help;leave' {
            break
        }
        'engage;group;help;help' {
            break
        }
        'engage;action' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List actions agreed at meetings, by number')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;action;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--owner', '--owner', [CompletionResultType]::ParameterName, 'Only this person''s actions')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only actions from this group''s meetings')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only actions not done yet')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only actions not done and due before today')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;action;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it was done [default: today]')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What was done')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;action;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List actions agreed at meetings, by number')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;action;help;list' {
            break
        }
        'engage;action;help;done' {
            break
        }
        'engage;action;help;help' {
            break
        }
        'engage;scheme' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a scheme that pays practices per registered patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemes with their practices, patients and money')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a scheme: per practice its enrolment, money, commitments and reviews')
            [CompletionResult]::new('enrol', 'enrol', [CompletionResultType]::ParameterValue, 'Enrol practices (their list size that day is kept), and name a practice lead')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a practice: no instalment after the day is earned')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Record what a practice committed to')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record a review of a practice''s commitments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;scheme;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--per-patient', '--per-patient', [CompletionResultType]::ParameterName, 'Pounds paid per registered patient, e.g. 2 or 1.50')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The scheme''s first day')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'The scheme''s last day')
            [CompletionResult]::new('--instalments', '--instalments', [CompletionResultType]::ParameterName, 'How each practice''s payment is split')
            [CompletionResult]::new('--fund', '--fund', [CompletionResultType]::ParameterName, 'The fund it is paid from [default: scheme:<name>]')
            [CompletionResult]::new('--commitments', '--commitments', [CompletionResultType]::ParameterName, 'Commitments each practice makes (improvement areas, audits)')
            [CompletionResult]::new('--review-after', '--review-after', [CompletionResultType]::ParameterName, 'Months after enrolment that a review is due')
            [CompletionResult]::new('--pay-after', '--pay-after', [CompletionResultType]::ParameterName, 'Hold each practice''s instalments until it has made the commitments, or until a review finds them met or partly met')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;enrol' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day they enrol [default: today]')
            [CompletionResult]::new('--lead', '--lead', [CompletionResultType]::ParameterName, 'Appoint this person the practice''s practice-lead from that day (one practice)')
            [CompletionResult]::new('--lead-sessions', '--lead-sessions', [CompletionResultType]::ParameterName, 'Sessions a month paid to the lead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;withdraw' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The last day it takes part')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;commit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'What sort of commitment it is')
            [CompletionResult]::new('--agreed-with', '--agreed-with', [CompletionResultType]::ParameterName, 'Who agreed it with the practice (the locality lead, say): a person')
            [CompletionResult]::new('--priority', '--priority', [CompletionResultType]::ParameterName, 'Its order among the practice''s commitments: 1 comes first')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;review' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day of the review')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'What the review found')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note for the record')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;scheme;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a scheme that pays practices per registered patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemes with their practices, patients and money')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a scheme: per practice its enrolment, money, commitments and reviews')
            [CompletionResult]::new('enrol', 'enrol', [CompletionResultType]::ParameterValue, 'Enrol practices (their list size that day is kept), and name a practice lead')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a practice: no instalment after the day is earned')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Record what a practice committed to')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record a review of a practice''s commitments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;scheme;help;add' {
            break
        }
        'engage;scheme;help;list' {
            break
        }
        'engage;scheme;help;show' {
            break
        }
        'engage;scheme;help;enrol' {
            break
        }
        'engage;scheme;help;withdraw' {
            break
        }
        'engage;scheme;help;commit' {
            break
        }
        'engage;scheme;help;review' {
            break
        }
        'engage;scheme;help;help' {
            break
        }
        'engage;briefing' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a briefing sent, with its recipients as they are now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the briefings sent, by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a briefing and the people it went to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;briefing;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'The day it was sent [default: today]')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Where it can be read')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only these roles: a comma list, with globs such as gp-*')
            [CompletionResult]::new('--locality', '--locality', [CompletionResultType]::ParameterName, 'Only people of this locality''s practices')
            [CompletionResult]::new('--practice', '--practice', [CompletionResultType]::ParameterName, 'Only people of this practice (ODS code)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only members of this group today, in person or through their practice')
            [CompletionResult]::new('--skill', '--skill', [CompletionResultType]::ParameterName, 'Only people with this skill')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--sessional', '--sessional', [CompletionResultType]::ParameterName, 'Only salaried and locum GPs')
            [CompletionResult]::new('--opted-in', '--opted-in', [CompletionResultType]::ParameterName, 'Only people who receive briefings and have an email')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;briefing;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;briefing;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;briefing;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a briefing sent, with its recipients as they are now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the briefings sent, by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a briefing and the people it went to')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;briefing;help;add' {
            break
        }
        'engage;briefing;help;list' {
            break
        }
        'engage;briefing;help;show' {
            break
        }
        'engage;briefing;help;help' {
            break
        }
        'engage;measure' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a measure: a count per N registered patients (prescription items, a disease register)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the measures with the periods imported')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a measure and every value imported for it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one value a practice for a period from a national file (every practice in England)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;measure;add' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--per', '--per', [CompletionResultType]::ParameterName, 'The rate is per this many registered patients')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'What it counts, for tables and the plot''s title')
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Where its figures come from')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;measure;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;measure;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;measure;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The period the values are for, as free text: 2018, 2018-19')
            [CompletionResult]::new('--code-column', '--code-column', [CompletionResultType]::ParameterName, 'The column of ODS practice codes')
            [CompletionResult]::new('--numerator-column', '--numerator-column', [CompletionResultType]::ParameterName, 'The column of counts')
            [CompletionResult]::new('--denominator-column', '--denominator-column', [CompletionResultType]::ParameterName, 'The column of patients [default: the register''s list size; other rows skipped]')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The field separator: one character, e.g. '';'' (a tab as ''\t'')')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--decimal-comma', '--decimal-comma', [CompletionResultType]::ParameterName, 'Numbers written the European way: 15.057 is 15,057 and 2,42 is 2.42')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Read and check the file, say what it holds, and write nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;measure;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a measure: a count per N registered patients (prescription items, a disease register)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the measures with the periods imported')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a measure and every value imported for it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one value a practice for a period from a national file (every practice in England)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;measure;help;add' {
            break
        }
        'engage;measure;help;list' {
            break
        }
        'engage;measure;help;remove' {
            break
        }
        'engage;measure;help;import' {
            break
        }
        'engage;measure;help;help' {
            break
        }
        'engage;publish' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--fy', '--fy', [CompletionResultType]::ParameterName, 'The financial year of the representation, interests and schemes: YYYY-YY, this or last [default: this]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole register into a new one: a file to a team''s server, or back')
            [CompletionResult]::new('init-roles', 'init-roles', [CompletionResultType]::ParameterValue, 'Make the team register''s two roles, to write and to read (its database''s owner, once)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;db;path' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--full', '--full', [CompletionResultType]::ParameterName, 'SQLite''s full integrity check (every index against its table) instead of its quick one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;copy' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;init-roles' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;db;help' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole register into a new one: a file to a team''s server, or back')
            [CompletionResult]::new('init-roles', 'init-roles', [CompletionResultType]::ParameterValue, 'Make the team register''s two roles, to write and to read (its database''s owner, once)')
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
        'engage;db;help;copy' {
            break
        }
        'engage;db;help;init-roles' {
            break
        }
        'engage;db;help;help' {
            break
        }
        'engage;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many entries, newest first')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;man' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every page (engage.1, engage-session-export.1, ...) into this folder')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('--roff', '--roff', [CompletionResultType]::ParameterName, 'Print the page''s roff source even at a terminal (it is what a pipe gets)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;complete-values' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The register: a file, or a team''s postgresql:// URL [default: $ENGAGE_DB, else <data dir>/engage/engage.db]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format for data on stdout [default: table; csv for `session export`]')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages on stderr (warnings and errors still show)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations; needed for destructive commands off a terminal')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Never page long output at a terminal ($ENGAGE_PAGER, else $PAGER, else less -FRX)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'engage;help' {
            [CompletionResult]::new('practice', 'practice', [CompletionResultType]::ParameterValue, 'Member practices: add, import NHS files, list, show, edit, history, close')
            [CompletionResult]::new('locality', 'locality', [CompletionResultType]::ParameterValue, 'Localities: the groups of practices that meet monthly')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'People and the roles they hold over time: GPs (partners, salaried, locums), managers, nurses')
            [CompletionResult]::new('skill', 'skill', [CompletionResultType]::ParameterValue, 'Skills and interests of people, the search for the right person, the skills survey')
            [CompletionResult]::new('meeting', 'meeting', [CompletionResultType]::ParameterValue, 'Meetings: the year''s schedule, who came for which practice, declarations, the calendar')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Sessions and payments: rates, claims, the monthly payment CSV, budgets')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports: engagement, localities, sessions and budgets, sessional GPs, visits, schemes, reach, benchmark, skills, interests')
            [CompletionResult]::new('project', 'project', [CompletionResultType]::ParameterValue, 'Time-limited commissioning projects and who works on them')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Peer groups, committees and forums, and who sits on them over time')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Actions agreed at meetings: what is open, what is overdue, marking them done')
            [CompletionResult]::new('scheme', 'scheme', [CompletionResultType]::ParameterValue, 'Schemes that pay practices per patient: enrolment, commitments, reviews')
            [CompletionResult]::new('briefing', 'briefing', [CompletionResultType]::ParameterValue, 'Briefings sent to every GP (sessional GPs included), kept with their recipients')
            [CompletionResult]::new('measure', 'measure', [CompletionResultType]::ParameterValue, 'Practice activity measures from national files, for `report benchmark`')
            [CompletionResult]::new('publish', 'publish', [CompletionResultType]::ParameterValue, 'Write the group''s pages for its website and the board: representation, localities, practices, interests')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the register (also done on the first write)')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The register itself: where it is, checks, backups and copies')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The audit trail: every write, newest first')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a fictional group''s register and show a short tour of it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Show a man page (roff when piped or with --roff), or write them all with --dir')
            [CompletionResult]::new('complete-values', 'complete-values', [CompletionResultType]::ParameterValue, 'The register''s values of one kind, for the completion scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'engage;help;practice' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a practice to the register')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import practices from an NHS file or an engage CSV (upsert by code; never deletes)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List practices, by code')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one practice with all the register holds about it')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a practice''s details: its locality from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a practice''s localities over time, and when it opened and closed')
            [CompletionResult]::new('place', 'place', [CompletionResultType]::ParameterValue, 'Put many practices in their localities from a CSV code,locality (what edit --locality does for one)')
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
        'engage;help;practice;history' {
            break
        }
        'engage;help;practice;place' {
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
        'engage;help;person' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person: a GP (partner, salaried, locum), manager, nurse or other')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import people from CSV `name,role,practice,email,phone,gmc,pay_to` (upsert by email, else GMC)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List people by name (those who left only with --all)')
            [CompletionResult]::new('emails', 'emails', [CompletionResultType]::ParameterValue, 'The email addresses of those who receive briefings, one a line (csv: name,email)')
            [CompletionResult]::new('vcard', 'vcard', [CompletionResultType]::ParameterValue, 'vCard 4.0 cards of those who receive briefings, for an address book')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with their roles, interests and skills')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a person''s details: practice, role and pay-to from a date, the rest for all time')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List a person''s practice, role and pay-to over time')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'Record that a person left; they are kept for history and their roles end')
            [CompletionResult]::new('appoint', 'appoint', [CompletionResultType]::ParameterValue, 'Appoint a person to a role for a period')
            [CompletionResult]::new('appointments', 'appointments', [CompletionResultType]::ParameterValue, 'List appointments, of one person or everyone')
            [CompletionResult]::new('unappoint', 'unappoint', [CompletionResultType]::ParameterValue, 'End an appointment')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Declare an interest (the register of interests)')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests')
            break
        }
        'engage;help;person;add' {
            break
        }
        'engage;help;person;import' {
            break
        }
        'engage;help;person;list' {
            break
        }
        'engage;help;person;emails' {
            break
        }
        'engage;help;person;vcard' {
            break
        }
        'engage;help;person;show' {
            break
        }
        'engage;help;person;edit' {
            break
        }
        'engage;help;person;history' {
            break
        }
        'engage;help;person;leave' {
            break
        }
        'engage;help;person;appoint' {
            break
        }
        'engage;help;person;appointments' {
            break
        }
        'engage;help;person;unappoint' {
            break
        }
        'engage;help;person;declare' {
            break
        }
        'engage;help;person;interests' {
            break
        }
        'engage;help;skill' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record skills or interests of a person (''Urgent Care'' and urgent-care are one skill)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove skills from a person')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every skill with its counts, or one person''s skills')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import skills from CSV `person,skill,level` (person by email or GMC number)')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'People holding all the given skills, best level first, with their current sessions')
            [CompletionResult]::new('survey', 'survey', [CompletionResultType]::ParameterValue, 'Record a practice''s return of the skills survey, or list practices yet to return it')
            break
        }
        'engage;help;skill;add' {
            break
        }
        'engage;help;skill;remove' {
            break
        }
        'engage;help;skill;list' {
            break
        }
        'engage;help;skill;import' {
            break
        }
        'engage;help;skill;find' {
            break
        }
        'engage;help;skill;survey' {
            break
        }
        'engage;help;meeting' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add one meeting')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'A year of monthly meetings by a rule such as ''2nd tue'', moved off bank holidays')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List meetings by date (all of them without dates; cancelled ones marked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a meeting: who came for which practice, apologies, practices not represented, declarations, quorum')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Record attendance, virtual attendance or apologies, by name or from a sign-in CSV')
            [CompletionResult]::new('unattend', 'unattend', [CompletionResultType]::ParameterValue, 'Remove a person''s attendance record from a meeting')
            [CompletionResult]::new('declare', 'declare', [CompletionResultType]::ParameterValue, 'Record an interest declared at a meeting by someone there, and whether they withdrew')
            [CompletionResult]::new('item', 'item', [CompletionResultType]::ParameterValue, 'The agenda: numbered items and their papers')
            [CompletionResult]::new('minute', 'minute', [CompletionResultType]::ParameterValue, 'Record what was said under an item')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record a decision under an item')
            [CompletionResult]::new('action', 'action', [CompletionResultType]::ParameterValue, 'Record an action under an item: what, who owns it, by when')
            [CompletionResult]::new('minutes', 'minutes', [CompletionResultType]::ParameterValue, 'The minutes as Markdown on stdout, ready to circulate')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Keep a note with a meeting: what the practice said on a visit')
            [CompletionResult]::new('held', 'held', [CompletionResultType]::ParameterValue, 'Record that a meeting was held though nobody''s attendance is recorded')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a meeting (kept, marked cancelled)')
            [CompletionResult]::new('move', 'move', [CompletionResultType]::ParameterValue, 'Move a meeting to another date (and start)')
            [CompletionResult]::new('ics', 'ics', [CompletionResultType]::ParameterValue, 'The schedule as an iCalendar file (RFC 5545) on stdout')
            break
        }
        'engage;help;meeting;add' {
            break
        }
        'engage;help;meeting;schedule' {
            break
        }
        'engage;help;meeting;list' {
            break
        }
        'engage;help;meeting;show' {
            break
        }
        'engage;help;meeting;attend' {
            break
        }
        'engage;help;meeting;unattend' {
            break
        }
        'engage;help;meeting;declare' {
            break
        }
        'engage;help;meeting;item' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add the next item to a meeting''s agenda')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'A meeting''s agenda with what was minuted, decided and actioned under each item')
            break
        }
        'engage;help;meeting;item;add' {
            break
        }
        'engage;help;meeting;item;list' {
            break
        }
        'engage;help;meeting;minute' {
            break
        }
        'engage;help;meeting;decide' {
            break
        }
        'engage;help;meeting;action' {
            break
        }
        'engage;help;meeting;minutes' {
            break
        }
        'engage;help;meeting;note' {
            break
        }
        'engage;help;meeting;held' {
            break
        }
        'engage;help;meeting;cancel' {
            break
        }
        'engage;help;meeting;move' {
            break
        }
        'engage;help;meeting;ics' {
            break
        }
        'engage;help;session' {
            [CompletionResult]::new('rate', 'rate', [CompletionResultType]::ParameterValue, 'Session rates per category, with the dates they apply from')
            [CompletionResult]::new('accrue', 'accrue', [CompletionResultType]::ParameterValue, 'Accrue an ended month''s appointment lines, with arrears since the first run')
            [CompletionResult]::new('claim', 'claim', [CompletionResultType]::ParameterValue, 'Claim sessions worked on a project or for a fund, to be approved')
            [CompletionResult]::new('approve', 'approve', [CompletionResultType]::ParameterValue, 'Approve claimed lines for payment')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Reject a claim, saying why')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List session lines by work date')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'The monthly payment CSV: a preview that writes nothing; --finalise pays it')
            [CompletionResult]::new('budget', 'budget', [CompletionResultType]::ParameterValue, 'Budgets per fund and financial year, with spend and what remains')
            break
        }
        'engage;help;session;rate' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the price of one session for a category from a date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the rates')
            break
        }
        'engage;help;session;rate;set' {
            break
        }
        'engage;help;session;rate;list' {
            break
        }
        'engage;help;session;accrue' {
            break
        }
        'engage;help;session;claim' {
            break
        }
        'engage;help;session;approve' {
            break
        }
        'engage;help;session;reject' {
            break
        }
        'engage;help;session;list' {
            break
        }
        'engage;help;session;export' {
            break
        }
        'engage;help;session;budget' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a fund''s budget for a financial year (April to March)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List budgets with spend (approved and paid lines) and what remains')
            break
        }
        'engage;help;session;budget;set' {
            break
        }
        'engage;help;session;budget;list' {
            break
        }
        'engage;help;report' {
            [CompletionResult]::new('engagement', 'engagement', [CompletionResultType]::ParameterValue, 'Per practice: locality meetings held and represented, leads, survey, last visit, sessions; at-risk flagged')
            [CompletionResult]::new('localities', 'localities', [CompletionResultType]::ParameterValue, 'Per locality: practices, patients, lead, meetings held, mean representation')
            [CompletionResult]::new('sessions', 'sessions', [CompletionResultType]::ParameterValue, 'Sessions and money by month, source, fund, role or person; against budgets with --fy and --by fund')
            [CompletionResult]::new('sessional-gps', 'sessional-gps', [CompletionResultType]::ParameterValue, 'GPs by contract (partner, salaried, locum): in the register, holding a role, attending, with skills')
            [CompletionResult]::new('visits', 'visits', [CompletionResultType]::ParameterValue, 'Practices visited and not visited in the round')
            [CompletionResult]::new('schemes', 'schemes', [CompletionResultType]::ParameterValue, 'Schemes paid to practices: uptake by locality, commitments, reviews, money')
            [CompletionResult]::new('reach', 'reach', [CompletionResultType]::ParameterValue, 'How briefings reach people, by contract (partner, salaried, locum, …) and by locality')
            [CompletionResult]::new('benchmark', 'benchmark', [CompletionResultType]::ParameterValue, 'A measure per practice against England: funnel limits and signals, with a funnel plot')
            [CompletionResult]::new('skills', 'skills', [CompletionResultType]::ParameterValue, 'Each skill with the people and localities that have it, and the localities with no one')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'GPs in the NHS workforce census per practice against those the register knows there')
            [CompletionResult]::new('interests', 'interests', [CompletionResultType]::ParameterValue, 'The register of declared interests in force in the period, ready to publish')
            break
        }
        'engage;help;report;engagement' {
            break
        }
        'engage;help;report;localities' {
            break
        }
        'engage;help;report;sessions' {
            break
        }
        'engage;help;report;sessional-gps' {
            break
        }
        'engage;help;report;visits' {
            break
        }
        'engage;help;report;schemes' {
            break
        }
        'engage;help;report;reach' {
            break
        }
        'engage;help;report;benchmark' {
            break
        }
        'engage;help;report;skills' {
            break
        }
        'engage;help;report;coverage' {
            break
        }
        'engage;help;report;interests' {
            break
        }
        'engage;help;project' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a time-limited project and the skills it needs')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List projects')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a project, its people and who matches its needs')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close a project; its assignments end')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'People whose skills cover the project''s needs, best first')
            [CompletionResult]::new('advertise', 'advertise', [CompletionResultType]::ParameterValue, 'Print the project''s advert and record it as a briefing to those it goes to')
            [CompletionResult]::new('interest', 'interest', [CompletionResultType]::ParameterValue, 'Record that someone would like to work on a project')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a person to a project (an appointment tied to it)')
            break
        }
        'engage;help;project;add' {
            break
        }
        'engage;help;project;list' {
            break
        }
        'engage;help;project;show' {
            break
        }
        'engage;help;project;close' {
            break
        }
        'engage;help;project;match' {
            break
        }
        'engage;help;project;advertise' {
            break
        }
        'engage;help;project;interest' {
            break
        }
        'engage;help;project;assign' {
            break
        }
        'engage;help;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a peer group, committee or forum')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the groups with their members today and their next meeting')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a group: members and their terms, its practices and their mix')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Rename a group or change its quorum (for meetings added from now on)')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a group that has no meetings, with its memberships')
            [CompletionResult]::new('join', 'join', [CompletionResultType]::ParameterValue, 'Give practices or people a seat: a MEMBER shaped like an ODS code is a practice')
            [CompletionResult]::new('leave', 'leave', [CompletionResultType]::ParameterValue, 'End a practice''s or person''s seat on a day (their last)')
            break
        }
        'engage;help;group;add' {
            break
        }
        'engage;help;group;list' {
            break
        }
        'engage;help;group;show' {
            break
        }
        'engage;help;group;edit' {
            break
        }
        'engage;help;group;remove' {
            break
        }
        'engage;help;group;join' {
            break
        }
        'engage;help;group;leave' {
            break
        }
        'engage;help;action' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List actions agreed at meetings, by number')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark an action done')
            break
        }
        'engage;help;action;list' {
            break
        }
        'engage;help;action;done' {
            break
        }
        'engage;help;scheme' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a scheme that pays practices per registered patient')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the schemes with their practices, patients and money')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a scheme: per practice its enrolment, money, commitments and reviews')
            [CompletionResult]::new('enrol', 'enrol', [CompletionResultType]::ParameterValue, 'Enrol practices (their list size that day is kept), and name a practice lead')
            [CompletionResult]::new('withdraw', 'withdraw', [CompletionResultType]::ParameterValue, 'Withdraw a practice: no instalment after the day is earned')
            [CompletionResult]::new('commit', 'commit', [CompletionResultType]::ParameterValue, 'Record what a practice committed to')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Record a review of a practice''s commitments')
            break
        }
        'engage;help;scheme;add' {
            break
        }
        'engage;help;scheme;list' {
            break
        }
        'engage;help;scheme;show' {
            break
        }
        'engage;help;scheme;enrol' {
            break
        }
        'engage;help;scheme;withdraw' {
            break
        }
        'engage;help;scheme;commit' {
            break
        }
        'engage;help;scheme;review' {
            break
        }
        'engage;help;briefing' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a briefing sent, with its recipients as they are now')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the briefings sent, by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a briefing and the people it went to')
            break
        }
        'engage;help;briefing;add' {
            break
        }
        'engage;help;briefing;list' {
            break
        }
        'engage;help;briefing;show' {
            break
        }
        'engage;help;measure' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a measure: a count per N registered patients (prescription items, a disease register)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the measures with the periods imported')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a measure and every value imported for it')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import one value a practice for a period from a national file (every practice in England)')
            break
        }
        'engage;help;measure;add' {
            break
        }
        'engage;help;measure;list' {
            break
        }
        'engage;help;measure;remove' {
            break
        }
        'engage;help;measure;import' {
            break
        }
        'engage;help;publish' {
            break
        }
        'engage;help;init' {
            break
        }
        'engage;help;db' {
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the register''s path (it need not exist yet)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the register: its file, foreign keys and payment runs (exit 1 on any problem)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the register to a new file, while others may write')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole register into a new one: a file to a team''s server, or back')
            [CompletionResult]::new('init-roles', 'init-roles', [CompletionResultType]::ParameterValue, 'Make the team register''s two roles, to write and to read (its database''s owner, once)')
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
        'engage;help;db;copy' {
            break
        }
        'engage;help;db;init-roles' {
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
        'engage;help;complete-values' {
            break
        }
        'engage;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

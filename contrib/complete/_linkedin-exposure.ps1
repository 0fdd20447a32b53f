
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'linkedin-exposure' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'linkedin-exposure'
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
        'linkedin-exposure' {
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Write the report as JSON to PATH (`-` for standard output, instead of the table)')
            [CompletionResult]::new('--html', '--html', [CompletionResultType]::ParameterName, 'Write the HTML report to PATH (default: linkedin-ai-exposure-YYYY-MM-DD.html in the current folder, after the export''s date)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Your region, if the profile''s location does not tell (it decides since when and how LinkedIn trains on your data)')
            [CompletionResult]::new('--letter', '--letter', [CompletionResultType]::ParameterName, 'Write an objection letter (or, outside the GDPR''s reach, a request) to LinkedIn, for your region, ready to paste into LinkedIn''s form, to PATH')
            [CompletionResult]::new('--objected-on', '--objected-on', [CompletionResultType]::ParameterName, 'The day you switched the setting off or objected (YYYY-MM-DD): the report then splits the items under training into those published before (LinkedIn may already have used them) and after')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'Write every item under AI training (category, date, link, excerpt) as CSV to PATH, to review and delete them one by one')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the table and reports (default: from LC_ALL, LC_MESSAGES or LANG)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colours in the table')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Width of the table and the text under it, in columns, at least 40 (default: the terminal''s)')
            [CompletionResult]::new('--max-total-bytes', '--max-total-bytes', [CompletionResultType]::ParameterName, 'Stop reading after this many uncompressed bytes in all (e.g. 4GiB)')
            [CompletionResult]::new('--max-entry-bytes', '--max-entry-bytes', [CompletionResultType]::ParameterName, 'Stop reading one entry after this many uncompressed bytes (e.g. 2GiB)')
            [CompletionResult]::new('--max-article-bytes', '--max-article-bytes', [CompletionResultType]::ParameterName, 'Stop reading article pages (HTML) after this many bytes in all (e.g. 512MiB)')
            [CompletionResult]::new('--max-cpu-seconds', '--max-cpu-seconds', [CompletionResultType]::ParameterName, 'Stop reading once the analysis has used this many seconds of CPU time')
            [CompletionResult]::new('--max-ratio', '--max-ratio', [CompletionResultType]::ParameterName, 'Stop an entry that inflates past this many times its compressed size')
            [CompletionResult]::new('--max-entries', '--max-entries', [CompletionResultType]::ParameterName, 'Refuse an archive with more entries than this')
            [CompletionResult]::new('--max-field-bytes', '--max-field-bytes', [CompletionResultType]::ParameterName, 'Cut a CSV field longer than this (e.g. 64MiB)')
            [CompletionResult]::new('--max-records', '--max-records', [CompletionResultType]::ParameterName, 'Stop reading a CSV file after this many records (e.g. 10000000)')
            [CompletionResult]::new('--no-html', '--no-html', [CompletionResultType]::ParameterName, 'Do not write the HTML report')
            [CompletionResult]::new('--redact', '--redact', [CompletionResultType]::ParameterName, 'Figures only: no names, excerpts, links to your items or file names in any output (the review list becomes counts per category and date, the letter has blanks to fill in)')
            [CompletionResult]::new('--private', '--private', [CompletionResultType]::ParameterName, 'For your eyes only: your name, age, country and unscrubbed excerpts in the outputs. By default they are left out, so that the report can be shared')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress bar and no "written" lines')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress bar and no "written" lines')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

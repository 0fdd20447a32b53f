complete -c linkedin-exposure -l json -d 'Write the report as JSON to PATH (`-` for standard output, instead of the table)' -r -F
complete -c linkedin-exposure -l html -d 'Write the HTML report to PATH (default: linkedin-ai-exposure-YYYY-MM-DD.html in the current folder, after the export\'s date)' -r -F
complete -c linkedin-exposure -l region -d 'Your region, if the profile\'s location does not tell (it decides since when and how LinkedIn trains on your data)' -r -f -a "eu\t''
eea\t''
ch\t''
uk\t''
ca\t''
hk\t''
us\t''
other\t''"
complete -c linkedin-exposure -l letter -d 'Write an objection letter (or, outside the GDPR\'s reach, a request) to LinkedIn, for your region, ready to paste into LinkedIn\'s form, to PATH' -r -F
complete -c linkedin-exposure -l objected-on -d 'The day you switched the setting off or objected (YYYY-MM-DD): the report then splits the items under training into those published before (LinkedIn may already have used them) and after' -r
complete -c linkedin-exposure -l items -d 'Write every item under AI training (category, date, link, excerpt) as CSV to PATH, to review and delete them one by one' -r -F
complete -c linkedin-exposure -l lang -d 'Language of the table and reports (default: from LC_ALL, LC_MESSAGES or LANG)' -r
complete -c linkedin-exposure -l color -d 'When to use colours in the table' -r -f -a "auto\t''
always\t''
never\t''"
complete -c linkedin-exposure -l width -d 'Width of the table and the text under it, in columns, at least 40 (default: the terminal\'s)' -r
complete -c linkedin-exposure -l max-total-bytes -d 'Stop reading after this many uncompressed bytes in all (e.g. 4GiB)' -r
complete -c linkedin-exposure -l max-entry-bytes -d 'Stop reading one entry after this many uncompressed bytes (e.g. 2GiB)' -r
complete -c linkedin-exposure -l max-article-bytes -d 'Stop reading article pages (HTML) after this many bytes in all (e.g. 512MiB)' -r
complete -c linkedin-exposure -l max-cpu-seconds -d 'Stop reading once the analysis has used this many seconds of CPU time' -r
complete -c linkedin-exposure -l max-ratio -d 'Stop an entry that inflates past this many times its compressed size' -r
complete -c linkedin-exposure -l max-entries -d 'Refuse an archive with more entries than this' -r
complete -c linkedin-exposure -l max-field-bytes -d 'Cut a CSV field longer than this (e.g. 64MiB)' -r
complete -c linkedin-exposure -l max-records -d 'Stop reading a CSV file after this many records (e.g. 10000000)' -r
complete -c linkedin-exposure -l no-html -d 'Do not write the HTML report'
complete -c linkedin-exposure -l redact -d 'Figures only: no names, excerpts, links to your items or file names in any output (the review list becomes counts per category and date, the letter has blanks to fill in)'
complete -c linkedin-exposure -l private -d 'For your eyes only: your name, age, country and unscrubbed excerpts in the outputs. By default they are left out, so that the report can be shared'
complete -c linkedin-exposure -s q -l quiet -d 'No progress bar and no "written" lines'
complete -c linkedin-exposure -s h -l help -d 'Print help'
complete -c linkedin-exposure -s V -l version -d 'Print version'

# Tab completion for ./juesuan in bash: `source scripts/juesuan-completion.bash`.
# The command answers System.CommandLine's [suggest:<cursor>] directive with one suggestion per line
# (commands, options, profiles); dotnet-suggest uses the same directive.
_juesuan_complete() {
  local IFS=$'\n'
  COMPREPLY=($("${COMP_WORDS[0]}" "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null))
}
complete -o default -F _juesuan_complete juesuan ./juesuan

# Sourced by the profiling scripts (after $work is set): fetches async-profiler from Maven
# Central with the wrapper into $work/profiler and sets $profiler to its agent library.
./mvnw -q -B dependency:copy -Dartifact=tools.profiler:async-profiler:4.2:jar:linux-x64 \
  -DoutputDirectory="$work/profiler"
unzip -q -o "$work/profiler/async-profiler-4.2-linux-x64.jar" -d "$work/profiler"
profiler=$(find "$work/profiler" -name libasyncProfiler.so | head -1)

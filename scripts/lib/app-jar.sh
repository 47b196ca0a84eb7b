# Sourced by the load and startup scripts: builds the benchmark app's jar (benchmarks/app, in the
# Maven profile 'benchmarks': the sample app's GET /hello and dependencies, and the variants the
# scripts compare it with) from the current sources and sets $app_jar to its path. The jar is
# removed first: an existing repackaged jar is not rebuilt when only the starter changed, and a
# stale one would be measured by mistake.
rm -f benchmarks/app/target/vigil-benchmark-app.jar
./mvnw -q -B -Pbenchmarks -DskipTests package -pl benchmarks/app -am
app_jar="$PWD/benchmarks/app/target/vigil-benchmark-app.jar"

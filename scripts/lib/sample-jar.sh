# Sourced by the benchmark scripts: builds the sample app's jar from the current sources and
# sets $sample_jar to its path. The jar is removed first: an existing repackaged jar is not
# rebuilt when only the starter changed, and a stale one would be measured by mistake.
rm -f sample-app/target/vigil-sample-app.jar
./mvnw -q -B -DskipTests package -pl sample-app -am
sample_jar="$PWD/sample-app/target/vigil-sample-app.jar"

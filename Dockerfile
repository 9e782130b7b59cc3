# syntax=docker/dockerfile:1
# Contraflow's command-line application as an image. Built from this repository by docker-compose.yml, or alone:
#   docker build -t contraflow .
#   docker run --rm contraflow --help
# The default command runs the streams application against the compose network's broker and registry.

# --- Build: Maven + JDK 17, the versions the project is developed with.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# The whole reactor, as a developer builds it (the CLI needs all modules but benchmarks, including the registry module,
# which embedded depends on for build order). The cache mount keeps ~/.m2 between builds, so a rebuild downloads
# nothing (needs BuildKit, Docker's default builder).
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -DskipTests package \
 && cp cli/target/contraflow.jar /contraflow.jar

# --- Kafka Connect worker with the Contraflow feeds plugin (docker-compose.yml's "connect" service builds this
# stage by name; a plain `docker build .` still builds the CLI image below, the last stage).
FROM apache/kafka:4.1.1 AS connect
COPY --from=build /src/connect/target/plugin /opt/contraflow/plugins
COPY connect/docker/connect-distributed.properties /opt/contraflow/connect-distributed.properties
CMD ["/opt/kafka/bin/connect-distributed.sh", "/opt/contraflow/connect-distributed.properties"]

# --- Run: a JRE only.
FROM eclipse-temurin:17-jre
# An unprivileged user whose home holds the Kafka Streams state (the state directory must be writable).
RUN groupadd --system contraflow \
 && useradd --system --gid contraflow --home-dir /var/lib/contraflow --create-home contraflow
COPY --from=build /contraflow.jar /app/contraflow.jar
USER contraflow
WORKDIR /var/lib/contraflow
# Heap follows the container's memory limit rather than the host's.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/contraflow.jar"]
CMD ["streams", "--bootstrap-servers", "kafka:9092", \
     "--schema-registry-url", "http://registry:8080/apis/ccompat/v7", \
     "--state-dir", "/var/lib/contraflow/state"]

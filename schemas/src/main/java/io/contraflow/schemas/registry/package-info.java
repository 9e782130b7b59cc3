/**
 * A small client of the Confluent Schema Registry REST protocol ({@link io.contraflow.schemas.registry.HttpSchemaRegistryClient}),
 * usable against Confluent's registry, Apicurio's {@code /apis/ccompat/v7} API, Karapace or Redpanda; an in-memory
 * registry for unit tests ({@link io.contraflow.schemas.registry.InMemorySchemaRegistryClient}); and
 * {@link io.contraflow.schemas.registry.SchemaRegistryClients}, which picks one from {@code schema.registry.url}.
 */
package io.contraflow.schemas.registry;

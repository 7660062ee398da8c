using Network.Testing;

namespace Network.Events.Tests;

[CollectionDefinition(TestInfrastructure.Collection)]
public sealed class SharedInfrastructure : ICollectionFixture<TestInfrastructure>;

using Network.Testing;

namespace Network.Gateway.Tests;

[CollectionDefinition(TestInfrastructure.Collection)]
public sealed class SharedInfrastructure : ICollectionFixture<TestInfrastructure>;

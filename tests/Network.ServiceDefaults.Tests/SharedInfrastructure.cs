using Network.Testing;

namespace Network.ServiceDefaults.Tests;

[CollectionDefinition(TestInfrastructure.Collection)]
public sealed class SharedInfrastructure : ICollectionFixture<TestInfrastructure>;

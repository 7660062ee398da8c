using Network.Testing;

namespace Network.Activity.Tests;

[CollectionDefinition(TestInfrastructure.Collection)]
public sealed class SharedInfrastructure : ICollectionFixture<TestInfrastructure>;

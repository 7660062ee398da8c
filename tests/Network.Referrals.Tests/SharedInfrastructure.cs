using Network.Testing;

namespace Network.Referrals.Tests;

[CollectionDefinition(TestInfrastructure.Collection)]
public sealed class SharedInfrastructure : ICollectionFixture<TestInfrastructure>;

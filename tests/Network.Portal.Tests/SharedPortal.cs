namespace Network.Portal.Tests;

[CollectionDefinition(PortalFixture.Collection)]
public sealed class SharedPortal : ICollectionFixture<PortalFixture>;

using Network.Portal.Api;
using Network.Portal.Formatting;

namespace Network.Portal.Tests.Formatting;

public sealed class ProblemTextTests
{
    [Fact]
    public void Each_error_of_a_known_field_is_linked_to_that_field_and_the_rest_stands_alone()
    {
        var problem = new ApiProblem(
            400,
            "Bad",
            null,
            new Dictionary<string, string[]>
            {
                ["firstName"] = ["Le prénom est obligatoire."],
                ["other"] = ["Autre chose."],
            }
        );

        var lines = ProblemText.Summary(problem, new Dictionary<string, string> { ["firstname"] = "prenom" });

        Assert.Equal([("prenom", "Le prénom est obligatoire."), (null, "Autre chose.")], lines);
    }

    [Theory]
    [InlineData(42, "Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans 42 secondes.")]
    [InlineData(1, "Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans 1 seconde.")]
    [InlineData(90, "Vous avez fait beaucoup de demandes en peu de temps. Réessayez dans 2 minutes.")]
    public void Too_many_requests_says_when_to_try_again(int seconds, string expected) =>
        Assert.Equal(
            expected,
            ProblemText.Sentence(new ApiProblem(429, null, null, null) { RetryAfter = TimeSpan.FromSeconds(seconds) })
        );
}

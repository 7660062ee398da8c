// The resolvers and contexts of Microsoft.Extensions.Validation are marked for evaluation (ASP0029) in .NET 10; they
// are its documented way to extend validation, and the platform's tests hold what it answers.
#pragma warning disable ASP0029

using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;
using Network.ServiceDefaults.Problems;

namespace Network.ServiceDefaults.Validation;

/// <summary>
/// What the framework's validation of requests (<c>Microsoft.Extensions.Validation</c>) needs to answer as the contract
/// does. Each service calls <c>AddValidation()</c> in its own assembly: the validation source generator intercepts that
/// call to add the rules its request records declare, which it cannot do for a call made here. This adds to it, for
/// every service:
/// <list type="bullet">
/// <item>the rules of <see cref="IRequestRules"/>, checked with the attributes even when some of them failed, so that
/// one 400 names every bad field;</item>
/// <item>fields named as the client sends them: the framework names them after the .NET members
/// (<c>Resident.FirstName</c>,
/// <c>Items[0].Name</c>), the contract in camelCase (<c>resident.firstName</c>, <c>items[0].name</c>).</item>
/// </list>
/// The 400 itself goes through the problem details service, which gives it the type and title of
/// <see cref="ProblemKinds"/>.
/// </summary>
public static class RequestValidation
{
    public static void AddRequestValidation(this IHostApplicationBuilder builder) =>
        builder.Services.PostConfigure<ValidationOptions>(options =>
            options.Resolvers.Insert(0, new Resolver([.. options.Resolvers]))
        );

    /// <summary>
    /// Checks <paramref name="request"/> as the validation of an endpoint does, outside a request (demo data, tests):
    /// the errors naming every bad field as the client would have sent it, none when it is valid.
    /// </summary>
    public static async Task<Dictionary<string, string[]>> ValidateAsync(
        this IServiceProvider services,
        object request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        var context = new ValidateContext
        {
            ValidationOptions = options,
            ValidationContext = new ValidationContext(request, services, items: null),
        };
        if (options.TryGetValidatableTypeInfo(request.GetType(), out var info))
        {
            await info.ValidateAsync(request, context, cancellationToken);
        }

        var errors = context.ValidationErrors ?? [];
        NameAsSent(errors);
        return errors;
    }

    /// <summary>A field path as the client writes it: each member camelCase, list indexes kept (<c>Location.Url</c> →
    /// <c>location.url</c>).</summary>
    private static string AsSent(string path) =>
        string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>Renames every field of <paramref name="errors"/> as sent, merging the messages of fields that then
    /// share a name.</summary>
    private static void NameAsSent(Dictionary<string, string[]> errors)
    {
        var named = new List<KeyValuePair<string, string[]>>();
        foreach (var (path, messages) in errors)
        {
            var field = AsSent(path);
            var at = named.FindIndex(pair => pair.Key == field);
            if (at < 0)
            {
                named.Add(KeyValuePair.Create(field, messages));
            }
            else
            {
                named[at] = KeyValuePair.Create(field, (string[])[.. named[at].Value, .. messages]);
            }
        }

        errors.Clear();
        foreach (var (field, messages) in named)
        {
            errors[field] = messages;
        }
    }

    /// <summary>Answers before the resolvers it was given, and wraps what they answer.</summary>
    private sealed class Resolver(IReadOnlyList<IValidatableInfoResolver> declared) : IValidatableInfoResolver
    {
        public bool TryGetValidatableTypeInfo(Type type, [NotNullWhen(true)] out IValidatableInfo? validatableInfo)
        {
            validatableInfo = typeof(IRequestRules).IsAssignableFrom(type)
                ? new WithRules(
                    declared
                        .Select(r => r.TryGetValidatableTypeInfo(type, out var info) ? info : null)
                        .FirstOrDefault(info => info is not null)
                )
                : null;
            return validatableInfo is not null;
        }

        public bool TryGetValidatableParameterInfo(
            ParameterInfo parameterInfo,
            [NotNullWhen(true)] out IValidatableInfo? validatableInfo
        )
        {
            var info = declared
                .Select(r => r.TryGetValidatableParameterInfo(parameterInfo, out var found) ? found : null)
                .FirstOrDefault(found => found is not null);
            validatableInfo = info is null ? null : new NamedAsSent(info);
            return validatableInfo is not null;
        }
    }

    /// <summary>A request argument's validation, its fields then named as sent.</summary>
    private sealed class NamedAsSent(IValidatableInfo declared) : IValidatableInfo
    {
        public async Task ValidateAsync(object? value, ValidateContext context, CancellationToken cancellationToken)
        {
            await declared.ValidateAsync(value, context, cancellationToken);
            if (context.ValidationErrors is { Count: > 0 } errors)
            {
                NameAsSent(errors);
            }
        }
    }

    /// <summary>An object's declared validation (its attributes and those of its members), then its
    /// <see cref="IRequestRules"/>.</summary>
    private sealed class WithRules(IValidatableInfo? declared) : IValidatableInfo
    {
        public async Task ValidateAsync(object? value, ValidateContext context, CancellationToken cancellationToken)
        {
            if (declared is not null)
            {
                await declared.ValidateAsync(value, context, cancellationToken);
            }

            if (value is not IRequestRules rules)
            {
                return;
            }

            var broken = new ValidationErrors();
            rules.Check(broken, context.ValidationContext);
            var prefix = context.CurrentValidationPath;
            foreach (var (field, messages) in broken.ToDictionary())
            {
                var path = prefix.Length == 0 ? field : $"{prefix}.{field}";
                context.ValidationErrors ??= [];
                context.ValidationErrors[path] = context.ValidationErrors.TryGetValue(path, out var known)
                    ? [.. known, .. messages]
                    : messages;
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using k8s;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Network.Deployment.Tests;

/// <summary>An overlay of <c>infra/kubernetes</c> as <c>kubectl kustomize</c> renders it (never talking to a cluster),
/// every document loaded strictly.</summary>
public sealed partial class Manifests
{
    private static readonly Dictionary<string, Manifests> Rendered = [];

    private Manifests(string overlay, IReadOnlyList<JsonObject> documents, IReadOnlyList<object> typed)
    {
        Overlay = overlay;
        Documents = documents;
        Typed = typed;
    }

    public static readonly string[] Overlays = ["production", "evaluation"];

    public string Overlay { get; }

    /// <summary>Every document, as JSON (scalars typed as YAML 1.2's core schema types them).</summary>
    public IReadOnlyList<JsonObject> Documents { get; }

    /// <summary>The documents of Kubernetes' own kinds, as the client library's models.</summary>
    public IReadOnlyList<object> Typed { get; }

    public static string Root { get; } = FindRoot();

    public static string KubernetesFolder => Path.Combine(Root, "infra", "kubernetes");

    public static Manifests Of(string overlay)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(overlay, out var manifests))
            {
                manifests = Load(overlay, Render(Path.Combine(KubernetesFolder, "overlays", overlay)));
                Rendered[overlay] = manifests;
            }

            return manifests;
        }
    }

    public IEnumerable<JsonObject> OfKind(string kind) => Documents.Where(document => Kind(document) == kind);

    public JsonObject? Find(string kind, string name) =>
        OfKind(kind).FirstOrDefault(document => Name(document) == name);

    public JsonObject Get(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"{Overlay}: no {kind} {name}.");

    public static string Kind(JsonNode document) => (string)document["kind"]!;

    public static string Name(JsonNode document) => (string)document["metadata"]!["name"]!;

    /// <summary>The groups whose kinds are Kubernetes' own (the client library's models know them).</summary>
    public static bool IsBuiltIn(JsonNode document)
    {
        var apiVersion = (string)document["apiVersion"]!;
        return !apiVersion.Contains('/', StringComparison.Ordinal)
            || apiVersion.Split('/')[0] is "apps" or "batch" or "policy" or "autoscaling" or "networking.k8s.io";
    }

    /// <summary><c>kubectl kustomize</c> with no configuration at all: it renders files and never reaches a
    /// cluster.</summary>
    public static string Render(string folder)
    {
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(folder);
        start.Environment["KUBECONFIG"] = "/dev/null";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start.");
        }
        catch (System.ComponentModel.Win32Exception missing)
        {
            throw new InvalidOperationException("These tests need kubectl (with its kustomize) on the PATH.", missing);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill();
                throw new TimeoutException($"kubectl kustomize {folder} did not finish within 2 minutes.");
            }

            return process.ExitCode == 0
                ? output.Result
                : throw new InvalidOperationException($"kubectl kustomize {folder} failed: {error.Result}");
        }
    }

    /// <summary>
    /// Every document of <paramref name="yaml"/>: a duplicate key fails (YAML's mapping nodes refuse it), and so does a
    /// field of a Kubernetes kind that its model does not have (the client library's strict mode).
    /// </summary>
    public static Manifests Load(string overlay, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception invalid) when (invalid is YamlException or ArgumentException)
        {
            throw new InvalidOperationException(
                $"{overlay}: the rendered YAML does not load: {invalid.Message}",
                invalid
            );
        }

        var documents = stream
            .Documents.Where(document => document.RootNode is YamlMappingNode)
            .Select(document => (JsonObject)ToJson(document.RootNode)!)
            .ToList();
        var builtIn = string.Join("\n---\n", documents.Where(IsBuiltIn).Select(document => document.ToJsonString()));
        var typed = KubernetesYaml.LoadAllFromString(builtIn, typeMap: null, strict: true);
        return new Manifests(overlay, documents, typed);
    }

    private static JsonNode? ToJson(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => new JsonObject(
                mapping.Children.Select(child => new KeyValuePair<string, JsonNode?>(
                    ((YamlScalarNode)child.Key).Value!,
                    ToJson(child.Value)
                ))
            ),
            YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
        };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return value switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IntegerPattern().IsMatch(value) => JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture)),
            _ when FloatPattern().IsMatch(value) => JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(value),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Network.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository's root (Network.sln) is not above the tests.");
    }
}

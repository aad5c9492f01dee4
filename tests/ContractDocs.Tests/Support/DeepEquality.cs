using System.Collections;
using System.Reflection;

namespace ContractDocs.Tests.Support;

/// <summary>
/// Compares two object graphs of the engine's types property by property (public and internal, declared on the
/// engine's own types), lists element by element and dictionaries key by key, and returns the first difference's
/// path, or null. Counts every value compared, so a test can show it looked at the whole graph.
/// </summary>
public sealed class DeepEquality
{
    private static readonly Assembly Engine = typeof(ContractDocs.Library.ClauseLibrary).Assembly;

    public int Compared { get; private set; }

    public string? FirstDifference(object? expected, object? actual, string path = "$", int depth = 0)
    {
        Compared++;
        if (depth > 24)
        {
            return $"{path}: nested deeper than 24";
        }

        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} against {Show(actual)}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: {type.Name} against {actual.GetType().Name}";
        }

        if (expected is string || type.IsPrimitive || type.IsEnum || expected is decimal or DateOnly || type.Assembly == Engine && type.IsValueType)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} against {Show(actual)}";
        }

        if (Pairs(expected) is { } expectedPairs && Pairs(actual) is { } actualPairs)
        {
            if (expectedPairs.Count != actualPairs.Count)
            {
                return $"{path}: {expectedPairs.Count} entries against {actualPairs.Count}";
            }

            for (var i = 0; i < expectedPairs.Count; i++)
            {
                if (expectedPairs[i].Key != actualPairs[i].Key)
                {
                    return $"{path}: key {expectedPairs[i].Key} against {actualPairs[i].Key}";
                }

                if (FirstDifference(expectedPairs[i].Value, actualPairs[i].Value, $"{path}[{expectedPairs[i].Key}]", depth + 1) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                return $"{path}: {left.Count} items against {right.Count}";
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (FirstDifference(left[i], right[i], $"{path}[{i}]", depth + 1) is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (type.Assembly != Engine)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} against {Show(actual)}";
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null || property.PropertyType == typeof(Type))
            {
                continue;
            }

            var difference = FirstDifference(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", depth + 1);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>A dictionary's entries with string keys, in ordinal key order (hash order is not content).</summary>
    private static List<(string Key, object? Value)>? Pairs(object value)
    {
        var dictionary = value.GetType().GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) && i.GetGenericArguments()[0] == typeof(string));
        if (dictionary is null)
        {
            return null;
        }

        var pairs = new List<(string Key, object? Value)>();
        foreach (var entry in (IEnumerable)value)
        {
            var entryType = entry.GetType();
            pairs.Add(((string)entryType.GetProperty("Key")!.GetValue(entry)!, entryType.GetProperty("Value")!.GetValue(entry)));
        }

        return [.. pairs.OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => '"' + (text.Length > 60 ? text[..60] + "…" : text) + '"',
        _ => value.ToString() ?? value.GetType().Name,
    };
}

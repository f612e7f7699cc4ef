using System.Text;

namespace IpcBench.Transports.JsonRpc;

/// <summary>The three bodies an editor and its language server exchange most, by size.</summary>
public enum LspBody
{
    /// <summary>A progress report, about 200 bytes on the wire: the size of most notifications.</summary>
    Notification,

    /// <summary>A completion list of 20 items, about 4 KiB.</summary>
    Completion,

    /// <summary>A whole-document sync (<c>textDocument/didChange</c> with the full text), about 64 KiB.</summary>
    Document,
}

public sealed record ProgressParams(string Token, ProgressValue Value);

public sealed record ProgressValue(string Kind, string Message, int Percentage);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed record CompletionItem(string Label, int Kind, string Detail, string SortText, string InsertText);

public sealed record DidChangeParams(VersionedDocument TextDocument, IReadOnlyList<ContentChange> ContentChanges);

public sealed record VersionedDocument(string Uri, int Version);

public sealed record ContentChange(string Text);

/// <summary>
/// The bodies' methods and deterministic contents, and the deep comparison a client checks every
/// answer with. Text is code-like ASCII with quotes, backslashes and newlines, so that writers
/// escape and readers unescape as they do for real documents.
/// </summary>
public static class LspBodies
{
    public const string ProgressMethod = "$/progress";
    public const string CompletionMethod = "textDocument/completion";
    public const string DidChangeMethod = "textDocument/didChange";

    private const int CompletionItems = 20;
    // Characters of document text: escaped quotes and newlines make it about 64 KiB on the wire.
    private const int DocumentChars = 59_000;

    public static string MethodOf(LspBody body) => body switch
    {
        LspBody.Notification => ProgressMethod,
        LspBody.Completion => CompletionMethod,
        _ => DidChangeMethod,
    };

    /// <summary>The body a method carries, or null for a method no peer knows.</summary>
    public static LspBody? BodyOf(string method) => method switch
    {
        ProgressMethod => LspBody.Notification,
        CompletionMethod => LspBody.Completion,
        DidChangeMethod => LspBody.Document,
        _ => null,
    };

    public static ProgressParams Progress(int percentage) =>
        new("index-7f3a9c2e", new ProgressValue("report", $"Indexing src/Transports/SharedMemory/ShmRing.cs ({percentage} of 100 files)", percentage));

    public static CompletionList Completion() =>
        new(false, [.. Enumerable.Range(0, CompletionItems).Select(i => new CompletionItem(
            $"TryReadMessage{i:00}",
            2,
            $"bool ShmRingReader.TryReadMessage{i:00}(Span<byte> destination, out int length)",
            $"0000{i:00}",
            $"TryReadMessage{i:00}" + "(${1:destination}, out var ${2:length})"))]);

    public static DidChangeParams Document(int version)
    {
        var text = new StringBuilder(DocumentChars + 128);
        for (int line = 0; text.Length < DocumentChars - 80; line++)
        {
            text.Append("    Console.WriteLine(\"line ").Append(line).Append(": \\\"quoted\\\" \" + value.ToString());\n");
        }

        return new(new VersionedDocument("file:///work/src/Transports/SharedMemory/ShmRing.cs", version), [new ContentChange(text.ToString())]);
    }

    public static bool Same(ProgressParams a, ProgressParams b) => a.Token == b.Token && a.Value == b.Value;

    public static bool Same(CompletionList a, CompletionList b) => a.IsIncomplete == b.IsIncomplete && a.Items.SequenceEqual(b.Items);

    public static bool Same(DidChangeParams a, DidChangeParams b) =>
        a.TextDocument == b.TextDocument && a.ContentChanges.SequenceEqual(b.ContentChanges);
}

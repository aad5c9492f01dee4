using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using ContractDocs.Library;

namespace ContractDocs.Intake;

/// <summary>
/// The rules for one PDF dictionary met in the structure walk (<see cref="PdfObjectWalk"/>): keys that make a
/// reader act by itself or carry other files, and the actions behind <c>/OpenAction</c>, <c>/A</c> and
/// <c>/PA</c>, judged by what sets them off.
/// <para>A destination (an array such as <c>[3 0 R /XYZ null null 0]</c>, which LibreOffice writes as its
/// <c>/OpenAction</c>, or a named destination) only moves the view, so it is allowed anywhere. An action
/// dictionary is allowed by its <c>/S</c> type, and so is every action its <c>/Next</c> chains:</para>
/// <list type="bullet">
/// <item>on opening, only <c>GoTo</c> (a page of this document). Even a web address (<c>URI</c>) is refused
/// there: opening the file would contact a server, which tells it who read the contract and when.</item>
/// <item>on a click, also <c>URI</c> to an https or mailto address (<see cref="SafeLinks"/>) and the four
/// page-turning <c>Named</c> actions. The rest are refused because they run code (<c>JavaScript</c>), start
/// programs or open files (<c>Launch</c>), open another file, which can sit on a network share that takes the
/// reader's Windows credentials (<c>GoToR</c>) or inside this one (<c>GoToE</c>), send or read form data
/// (<c>SubmitForm</c>, <c>ImportData</c>, <c>ResetForm</c>), hide or show content so the page can differ from
/// what was signed (<c>Hide</c>, <c>SetOCGState</c>), play media (<c>Rendition</c>, <c>Movie</c>, <c>Sound</c>,
/// <c>RichMediaExecute</c>, <c>GoTo3DView</c>), or run viewer commands beyond turning pages (other
/// <c>Named</c> actions). Any type not listed as allowed is refused, including one a later PDF version adds.</item>
/// </list>
/// <para>Most refused types are also refused by name anywhere in the raw bytes (<see cref="PdfActiveNames"/>), so
/// a reader that repairs the file differently from PdfPig is covered too; what only this pass can judge is a
/// destination against an action, a web link against a file link, and a click against the opening.</para>
/// <para>Keys refused wherever they appear: <c>/AA</c> (additional actions, which run on events such as opening a
/// page or focusing a field; exporters and signing services do not write them for a finished document),
/// <c>/JS</c> and <c>/JavaScript</c>, <c>/EmbeddedFiles</c> and <c>/EF</c>, <c>/XFA</c>; also the annotation
/// and object types that carry files or play media.</para>
/// </summary>
internal static class PdfActionRules
{
    /// <summary>A chain of more actions than this is not a document anyone exported.</summary>
    private const int MaxChainedActions = 64;

    private static readonly HashSet<string> PageTurns = new(StringComparer.Ordinal) { "NextPage", "PrevPage", "FirstPage", "LastPage" };

    private static readonly Dictionary<string, string> RefusedKeys = new(StringComparer.Ordinal)
    {
        ["AA"] = "actions that run automatically",
        ["JS"] = "JavaScript",
        ["JavaScript"] = "JavaScript",
        ["EmbeddedFiles"] = "embedded files",
        ["EF"] = "embedded files",
        ["XFA"] = "an XFA form",
    };

    private static readonly Dictionary<string, string> RefusedTypes = new(StringComparer.Ordinal)
    {
        ["EmbeddedFile"] = "embedded files",
        ["FileAttachment"] = "a file attachment",
        ["RichMedia"] = "rich media (Flash or video)",
        ["Screen"] = "a media player annotation",
        ["Movie"] = "a movie",
        ["Sound"] = "a sound",
        ["3D"] = "a 3D model",
    };

    /// <summary>Checks one dictionary's own keys; the walk visits its values.</summary>
    /// <param name="dictionary">A dictionary reachable in the document.</param>
    /// <param name="resolve">Turns an indirect reference into its object (null when there is none); other
    /// tokens come back as they are.</param>
    /// <exception cref="IntakeRefusedException">The dictionary is active content.</exception>
    public static void Check(DictionaryToken dictionary, Func<IToken, IToken?> resolve)
    {
        foreach (var (key, value) in dictionary.Data)
        {
            if (RefusedKeys.TryGetValue(key, out var what))
            {
                throw Refusal(what, key);
            }

            switch (key)
            {
                case "OpenAction":
                    Judge(value, PdfActionTrigger.Opening, key, resolve);
                    break;
                case "A" or "PA":
                    Judge(value, PdfActionTrigger.Click, key, resolve);
                    break;
                case "Type" or "Subtype" when resolve(value) is NameToken name && RefusedTypes.TryGetValue(name.Data, out var type):
                    throw Refusal(type, name.Data);
            }
        }
    }

    /// <summary>Judges the action or destination <paramref name="value"/> and every action it chains.</summary>
    private static void Judge(IToken value, PdfActionTrigger trigger, string key, Func<IToken, IToken?> resolve)
    {
        var pending = new Stack<(IToken Token, bool Chained)>([(value, false)]);
        var seen = new HashSet<IndirectReference>();
        var judged = 0;
        while (pending.TryPop(out var item))
        {
            if (item.Token is IndirectReferenceToken reference && !seen.Add(reference.Data))
            {
                continue;
            }

            switch (resolve(item.Token))
            {
                case ArrayToken chain when item.Chained:
                    foreach (var next in chain.Data)
                    {
                        pending.Push((next, false));
                    }

                    break;
                case DictionaryToken action:
                    if (++judged > MaxChainedActions)
                    {
                        throw Refusal($"a chain of more than {MaxChainedActions} actions", key);
                    }

                    JudgeAction(action, trigger, key, resolve);
                    if (action.Data.TryGetValue("Next", out var chained))
                    {
                        pending.Push((chained, true));
                    }

                    break;
            }
        }
    }

    private static void JudgeAction(DictionaryToken action, PdfActionTrigger trigger, string key, Func<IToken, IToken?> resolve)
    {
        var type = action.Data.TryGetValue("S", out var s) && resolve(s) is NameToken name ? name.Data : null;
        switch (type)
        {
            case null:
                throw Refusal(trigger == PdfActionTrigger.Opening ? "an action of no stated type that runs when the file is opened" : "an action of no stated type", key);
            case "GoTo":
                return;
            case "URI" when trigger == PdfActionTrigger.Click:
                var target = action.Data.TryGetValue("URI", out var uri) ? Text(resolve(uri)) : null;
                if (target is null || !Library.SafeLinks.IsAllowed(target.Trim()))
                {
                    throw new IntakeRefusedException(IntakeCodes.PdfActiveContent,
                        $"The PDF links to \"{PrintableText.Quote(target ?? "no address")}\", which is not a web (https) or email (mailto) address and can open a file or network location; remove or change the link, export the PDF again and upload it.",
                        DocumentKind.Pdf);
                }

                return;
            case "Named" when trigger == PdfActionTrigger.Click && action.Data.TryGetValue("N", out var n) && resolve(n) is NameToken command && PageTurns.Contains(command.Data):
                return;
            default:
                var what = Describe(type);
                throw Refusal(trigger == PdfActionTrigger.Opening ? $"{what}, set to run when the file is opened" : what, $"{key} /{type}");
        }
    }

    private static string Describe(string type) => type switch
    {
        "JavaScript" => "JavaScript",
        "Launch" => "an action that starts another program or opens a file",
        "GoToR" => "a link that opens another file, possibly on a network share",
        "GoToE" => "a link into an embedded file",
        "URI" => "an action that opens a web address",
        "SubmitForm" => "an action that sends form data to an address",
        "ImportData" => "an action that reads data from another file",
        "ResetForm" => "an action that clears form fields",
        "Hide" or "SetOCGState" => "an action that hides or shows content, so the page can differ from what was signed",
        "Rendition" or "Movie" or "Sound" or "RichMediaExecute" or "GoTo3DView" => "an action that plays media",
        "Named" => "a viewer command",
        _ => $"an action of type {PrintableText.Quote(type, 40)}",
    };

    private static string? Text(IToken? token) => token switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };

    private static IntakeRefusedException Refusal(string what, string name) => new(IntakeCodes.PdfActiveContent,
        $"The PDF contains {what} (/{PrintableText.Quote(name, 60)}); print it to a new PDF without scripts, actions or attachments and upload that.",
        DocumentKind.Pdf);
}

namespace ContractDocs.Templating;

/// <summary>A template or clause could not be rendered with the values given: a helper got a value of the wrong
/// kind, or a value the template needs is missing. The message names the value and the template.</summary>
public sealed class TemplateValueException : Exception
{
    public TemplateValueException(string message)
        : base(message)
    {
    }

    public TemplateValueException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public TemplateValueException()
    {
    }
}

namespace ContractDocs.Infra.Tests;

/// <summary>Event Grid delivery of new uploads in "incoming" to the IncomingDocument blob trigger.</summary>
public sealed class EventGridTemplateTests
{
    private static CompiledTemplate Template => CompiledTemplate.Main;

    [Fact]
    public void System_topic_is_on_the_storage_account()
    {
        var topic = Template.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.Text("properties.topicType"));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", topic.Text("properties.source"));
    }

    [Fact]
    public void Subscription_sends_blob_created_in_incoming_to_the_blob_extension_webhook()
    {
        var subscription = Template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal("/blobServices/default/containers/incoming/", subscription.Text("properties.filter.subjectBeginsWith"));
        var types = subscription.At("properties.filter.includedEventTypes")!.AsArray().Select(t => (string?)t);
        Assert.Equal(["Microsoft.Storage.BlobCreated"], types);
        Assert.Equal("WebHook", subscription.Text("properties.destination.endpointType"));
        var url = subscription.Text("properties.destination.properties.endpointUrl");
        Assert.NotNull(url);
        Assert.Contains("'https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.IncomingDocument&code={1}'", url, StringComparison.Ordinal);
        Assert.Contains(".systemKeys.blobs_extension)]", url, StringComparison.Ordinal);
    }

    [Fact]
    public void Subscription_waits_for_the_code_to_be_deployed()
    {
        var subscription = Template.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

        Assert.Equal("[parameters('createSubscription')]", subscription.Text("condition"));
        Assert.Equal("bool", (string?)Template.Root["parameters"]?["createIncomingSubscription"]?["type"]);
    }
}

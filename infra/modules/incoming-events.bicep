// Event Grid delivery of BlobCreated events from the incoming container to the IncomingDocument blob trigger.
// Flex Consumption supports only the Event Grid source for blob triggers ([BlobTrigger(..., Source = BlobTriggerSource.EventGrid)],
// "source": "EventGrid" in the worker's functions.metadata).

@description('Azure region (the storage account\'s).')
param location string

@description('Tags applied to every resource.')
param tags object

@description('System topic name.')
param systemTopicName string

@description('Storage account whose events are published.')
param storageAccountName string

@description('Function app that hosts IncomingDocument.')
param functionAppName string

@description('Create the event subscription. False on the very first provision: see below.')
param createSubscription bool

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource app 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: systemTopicName
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// The webhook is the host's blob extension endpoint, authorised by the blobs_extension system key. That key exists
// only once the host has started with code that has a blob trigger, i.e. after the first `azd deploy`; listKeys
// before then fails. So the first `azd up` provisions with createSubscription false, and once the code is deployed:
//   azd env set CONTRACTDOCS_INCOMING_SUBSCRIPTION true && azd provision
// The key is read at deployment time and stored by Event Grid; rotating it means provisioning again.
resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (createSubscription) {
  parent: topic
  name: 'incoming-document'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IncomingDocument&code=${listKeys('${app.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/incoming/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output systemTopicName string = topic.name

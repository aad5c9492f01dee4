// ContractDocs on Azure (azd): a resource group holding the storage account, the Functions app on Flex
// Consumption, monitoring, the storage roles of the app's identity and the Event Grid wiring of the blob trigger.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names the resource group and seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource (one where Flex Consumption is offered).')
param location string

@description('Function app memory per instance, MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the Function app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Version of .NET for the dotnet-isolated runtime.')
param dotnetVersion string = '10.0'

@description('Days a deleted blob can be restored.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 30

@description('Days a deleted container can be restored.')
@minValue(1)
@maxValue(365)
param containerSoftDeleteDays int = 30

@description('Days each version in contracts, audit and releases stays immutable (WORM) after it is written.')
@minValue(1)
@maxValue(146000)
param wormRetentionDays int = 2557

@description('Days Log Analytics keeps the logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Storage replication.')
param storageSkuName string = 'Standard_ZRS'

@description('Client (application) id of the Entra ID app registration for the API (see modules/functionapp.bicep).')
param authClientId string

@description('Tenant of that app registration; defaults to the deployment tenant.')
param authTenantId string = tenant().tenantId

@description('Create the Event Grid subscription for IncomingDocument; needs the code deployed first.')
param createIncomingSubscription bool = false

var tags = {
  'azd-env-name': environmentName
  application: 'contractdocs'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var deploymentContainerName = 'app-package-${take(token, 8)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${token}'
    appInsightsName: 'appi-${token}'
    logRetentionDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  name: 'storage'
  params: {
    location: location
    tags: tags
    name: 'st${token}'
    skuName: storageSkuName
    blobSoftDeleteDays: blobSoftDeleteDays
    containerSoftDeleteDays: containerSoftDeleteDays
    wormRetentionDays: wormRetentionDays
    deploymentContainerName: deploymentContainerName
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  name: 'functionapp'
  params: {
    location: location
    tags: tags
    planName: 'plan-${token}'
    appName: 'func-${token}'
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    runtimeVersion: dotnetVersion
    authClientId: authClientId
    authTenantId: authTenantId
  }
}

module storageRoles 'modules/storage-roles.bicep' = {
  scope: rg
  name: 'storage-roles'
  params: {
    storageAccountName: storage.outputs.name
    principalId: functionApp.outputs.principalId
  }
}

module incomingEvents 'modules/incoming-events.bicep' = {
  scope: rg
  name: 'incoming-events'
  params: {
    location: location
    tags: tags
    systemTopicName: 'evgt-${token}'
    storageAccountName: storage.outputs.name
    functionAppName: functionApp.outputs.name
    createSubscription: createIncomingSubscription
  }
  dependsOn: [
    storageRoles
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = functionApp.outputs.uri
output APP_URL string = functionApp.outputs.uri
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

// The ContractDocs storage account: no keys, no anonymous access, TLS 1.2, versioning and soft delete, and
// version-level immutability (WORM) on the containers that hold executed documents, audit events and releases.

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Storage account name (3-24 lowercase letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Replication. LRS is the cheapest; choose ZRS or GZRS for production where the region offers it.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

@description('Days a deleted blob (or blob version) can be restored.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int

@description('Days a deleted container can be restored.')
@minValue(1)
@maxValue(365)
param containerSoftDeleteDays int

@description('Days each blob version in a WORM container is immutable from the time it is written.')
@minValue(1)
@maxValue(146000)
param wormRetentionDays int

@description('Container the Flex Consumption plan deploys the app package from.')
param deploymentContainerName string

// Containers that hold records which must not change once written: executed (signed) documents and contract
// records, the audit trail, and published library releases.
var wormContainerNames = [
  'contracts'
  'audit'
  'releases'
]

// Working containers: uploads waiting for the trigger, refused uploads, and the Functions deployment package.
// Blobs here are moved or replaced, so they carry no retention policy.
var workingContainerNames = [
  'incoming'
  'rejected'
  deploymentContainerName
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
  }
  kind: 'StorageV2'
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    // Entra ID only: the app, the Functions host and the deployment all use the managed identity.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    // The Flex Consumption app reaches the account over its public endpoint (no virtual network integration in
    // this first cut); access still needs an Entra ID token and an RBAC role.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: true
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Version-level immutability needs versioning on the account.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: containerSoftDeleteDays
    }
  }
}

// Version-level immutability can only be switched on when a container is created and cannot be switched off.
// Each blob version written to these containers takes the container's default retention policy below: it cannot
// be deleted or modified until the period ends. An ETag-conditional rewrite of a record makes a new current
// version and the earlier versions stay protected. Consequence: the account (and the resource group) cannot be
// deleted while protected versions exist, so `azd down` fails by design for these containers.
resource wormContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in wormContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
      immutableStorageWithVersioning: {
        enabled: true
      }
    }
  }
]

// The default time-based retention policy of each WORM container. ARM creates it Unlocked, which lets an
// administrator shorten or remove it while the deployment is validated. Locking makes it a compliance policy
// (it can then only be extended) and is a separate, deliberate action outside this template:
//   az storage container immutability-policy lock --account-name <account> --container-name <c> --if-match <etag>
resource wormPolicies 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = [
  for (containerName, i) in wormContainerNames: {
    parent: wormContainers[i]
    name: 'default'
    properties: {
      immutabilityPeriodSinceCreationInDays: wormRetentionDays
      // The app writes each document and audit event as its own blob (create-only), never by appending.
      allowProtectedAppendWrites: false
    }
  }
]

resource workingContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in workingContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue

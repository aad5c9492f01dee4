// Data-plane roles for the Function app's managed identity, on the storage account only. Nothing broader: no
// role at resource group or subscription scope, and no control-plane role (Contributor, Owner, Storage Account
// Contributor) anywhere.

@description('Storage account the roles are scoped to.')
param storageAccountName string

@description('Object id of the Function app system-assigned identity.')
param principalId string

// Built-in role definition ids (the same GUID in every tenant).
//
// Storage Blob Data Owner: the Functions host needs it for AzureWebJobsStorage (keys, leases) and the blob trigger
// (receipts) and Flex Consumption reads the deployment package with it. It includes every data action of Storage
// Blob Data Contributor and the user delegation key action the app uses for read links, so Storage Blob Data
// Contributor is deliberately NOT assigned as well: it would grant nothing more.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
// Storage Queue Data Contributor: the blob trigger's poison queue and the host's queues.
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'

var roleIds = [
  storageBlobDataOwner
  storageQueueDataContributor
]

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in roleIds: {
    scope: account
    name: guid(account.id, principalId, roleId)
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]

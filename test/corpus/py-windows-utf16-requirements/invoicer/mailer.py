import win32com.client


def send_invoice(to: str, attachment, number: str) -> None:
    outlook = win32com.client.Dispatch("Outlook.Application")
    mail = outlook.CreateItem(0)
    mail.To = to
    mail.Subject = f"Invoice {number}"
    mail.Body = f"Dear customer,\n\nplease find invoice {number} attached.\n\nKind regards,\nAccounts"
    mail.Attachments.Add(str(attachment))
    mail.Send()
